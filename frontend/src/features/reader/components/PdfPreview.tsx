import type { UseQueryResult } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";
import { friendlyMessage } from "@/lib/problem";

import type { ExportFile } from "../exports";
import type { Drawing, PdfDocument } from "../pdf-view";
import { spreads, type Spread } from "../spreads";

type PdfView = typeof import("../pdf-view");

/** pdf.js, loaded on first use (its own chunk, with its worker beside it). */
let loading: Promise<PdfView> | null = null;
function loadPdfView(): Promise<PdfView> {
  loading ??= import("../pdf-view").catch((error: unknown) => {
    loading = null; // a failed chunk load can be tried again
    throw error;
  });
  return loading;
}

type Opened =
  | { state: "opening" }
  | { state: "open"; doc: PdfDocument; view: PdfView; id: number }
  | { state: "failed"; error: unknown };

/** The PDF in `file`, opened with pdf.js (again when `attempt` changes). */
function useOpenedPdf(file: ExportFile | undefined, attempt: number): Opened {
  const [opened, setOpened] = useState<{ file: ExportFile | undefined; attempt: number; value: Opened }>({
    file,
    attempt,
    value: { state: "opening" },
  });
  const serial = useRef(0);
  useEffect(() => {
    if (!file) return;
    let doc: PdfDocument | null = null;
    let live = true;
    const id = ++serial.current;
    loadPdfView()
      .then(async (view) => {
        const opened = await view.openPdf(file.blob);
        if (!live) {
          void opened.destroy();
          return;
        }
        doc = opened;
        setOpened({ file, attempt, value: { state: "open", doc: opened, view, id } });
      })
      .catch((error: unknown) => {
        if (live) setOpened({ file, attempt, value: { state: "failed", error } });
      });
    return () => {
      live = false;
      if (doc) void doc.destroy();
    };
  }, [file, attempt]);
  // A new file (or a retry) is "opening" until its own answer: never the last one's.
  return opened.file === file && opened.attempt === attempt ? opened.value : { state: "opening" };
}

/**
 * The print preview: the PDF itself (as the server makes it for the chosen options) drawn
 * with pdf.js, two facing pages at a time. While a new PDF is made the last one stays, with
 * "Making the PDF…"; a failure says why and offers to try again.
 */
export function PdfPreview({
  query,
  aspect,
  blocked,
}: {
  query: UseQueryResult<ExportFile>;
  /** The trim's width / height, for the pages' outlines before the PDF is there. */
  aspect: string;
  /** Why no PDF can be asked for now (offline, a refused field), if so. */
  blocked?: string;
}) {
  const [attempt, setAttempt] = useState(0);
  const opened = useOpenedPdf(query.data, attempt);
  const [at, setAt] = useState(0);
  // A page that could not be drawn, for the PDF open now (a new one starts afresh).
  const [drawFailed, setDrawFailed] = useState<{ id: number; error: unknown } | null>(null);
  const openId = opened.state === "open" ? opened.id : -1;
  const onDrawError = useCallback((error: unknown) => { setDrawFailed({ id: openId, error }); }, [openId]);
  const failed = drawFailed?.id === openId ? drawFailed.error : null;

  const all: Spread[] = opened.state === "open" ? spreads(opened.doc.numPages) : [[null, 1]];
  const index = Math.min(at, all.length - 1);
  const pair = all[index] ?? [null, 1];
  const making = query.isFetching;
  const error = query.isError && !query.isFetching ? query.error : opened.state === "failed" ? opened.error : failed;
  const retry = () => {
    setDrawFailed(null);
    if (query.isError) void query.refetch();
    else setAttempt((n) => n + 1);
  };

  let status = "";
  if (blocked) status = blocked;
  else if (making) status = "Making the PDF…";
  else if (query.data && opened.state === "opening") status = "Opening the PDF…";

  return (
    <figure className="flex min-w-0 flex-col gap-3" aria-labelledby="preview-caption" aria-busy={making || undefined}>
      <div
        className="relative flex justify-center rounded-2xl bg-sand p-3 sm:p-5"
        data-testid="spread-preview"
        data-state={error ? "failed" : opened.state === "open" && !making ? "ready" : "busy"}
      >
        <div className={cx("flex w-full max-w-xl items-start", making && opened.state === "open" && "opacity-60")}>
          {pair.map((number, side) =>
            opened.state === "open" && number !== null ? (
              <PdfPage
                key={`${opened.id}-${number}`}
                doc={opened.doc}
                view={opened.view}
                number={number}
                side={side === 0 ? "left" : "right"}
                onError={onDrawError}
              />
            ) : (
              <div
                key={`blank-${side}`}
                aria-hidden="true"
                className={cx(
                  "min-w-0 flex-1",
                  number !== null && "bg-paper/70 shadow-md",
                  number !== null && !blocked && !error && "animate-pulse",
                  side === 0 ? "rounded-l-md" : "rounded-r-md",
                )}
                style={{ aspectRatio: aspect }}
              />
            ),
          )}
        </div>
        {making && opened.state === "open" && (
          <p aria-hidden="true" className="absolute inset-x-0 top-1/2 mx-auto w-fit -translate-y-1/2 rounded-full bg-paper px-4 py-2 font-bold shadow-md">
            Making the PDF…
          </p>
        )}
      </div>
      <p role="status" aria-live="polite" className={cx("text-base", !status && "sr-only")}>
        {status}
      </p>
      {error !== null && error !== undefined && !blocked && (
        <Alert title="The preview couldn't be shown">
          <p>{friendlyMessage(error).message}</p>
          <Button variant="secondary" className="mt-2" onPress={retry}>
            Try again
          </Button>
        </Alert>
      )}
      <figcaption id="preview-caption" className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-base">
          <strong>Preview of the PDF</strong>
          {opened.state === "open" && `, spread ${index + 1} of ${all.length}`}
        </span>
        <span className="flex gap-2">
          <Button variant="secondary" className="px-4" isDisabled={index === 0} onPress={() => { setAt(index - 1); }} aria-label="Previous spread">
            <span aria-hidden="true">←</span>
          </Button>
          <Button variant="secondary" className="px-4" isDisabled={index >= all.length - 1} onPress={() => { setAt(index + 1); }} aria-label="Next spread">
            <span aria-hidden="true">→</span>
          </Button>
        </span>
      </figcaption>
    </figure>
  );
}

/** One page of the PDF on a canvas, named by its words for screen readers. */
function PdfPage({
  doc,
  view,
  number,
  side,
  onError,
}: {
  doc: PdfDocument;
  view: PdfView;
  number: number;
  side: "left" | "right";
  onError: (error: unknown) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [words, setWords] = useState<string | null>(null);
  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    // As wide as its half of the spread is on screen (at least 240 CSS pixels).
    const width = Math.max(240, Math.min(720, target.parentElement?.clientWidth ?? 0));
    const drawing: Drawing = view.drawPage(doc, number, target, width);
    drawing.done.then(setWords, (error: unknown) => {
      if (!view.isCancelled(error)) onError(error);
    });
    return drawing.cancel;
  }, [doc, view, number, onError]);
  const label = `PDF page ${number}${words ? `: ${words.length > 300 ? `${words.slice(0, 300)}…` : words}` : ""}`;
  return (
    <div className={cx("min-w-0 flex-1 overflow-hidden bg-paper shadow-md", side === "left" ? "rounded-l-md" : "rounded-r-md")}>
      <canvas ref={canvas} role="img" aria-label={label} data-drawn={words !== null} className="block h-auto w-full" />
    </div>
  );
}
