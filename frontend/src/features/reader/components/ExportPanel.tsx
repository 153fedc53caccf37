import { useState } from "react";

import type { Story } from "@/api/types";
import { ApiImage } from "@/components/ui/ApiImage";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ChoicePill, InputField, SelectField, TextAreaField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { cx } from "@/lib/cx";
import { useOnline } from "@/lib/online";
import { ApiError, friendlyMessage } from "@/lib/problem";

import { fetchEpub, fetchPdf, TRIMS, useDownload, type BookOptions, type PdfOptions, type TrimSize } from "../exports";
import { spreads, type Sheet } from "../spreads";

type FieldErrors = Partial<Record<"forName" | "dedication", string>>;

/** A refusal of "written for" or the dedication, placed under that field. */
function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return null;
  const found: FieldErrors = {};
  const message = error.code === "unsafe_content" ? friendlyMessage(error).message : null;
  for (const f of error.fieldErrors) {
    const name = f.loc.at(-1);
    if (name === "for_name") found.forName ??= message ?? f.msg;
    if (name === "dedication") found.dedication ??= message ?? f.msg;
  }
  return Object.keys(found).length > 0 ? found : null;
}

/**
 * Print and download: PDF settings with a preview of the printed spreads, and the PDF and
 * EPUB downloads. The preview is drawn from the book's own pages: the PDF itself can't be
 * shown in the page, because the app's CSP allows no frames of blob: URLs and no <object>.
 */
export function ExportPanel({ story }: { story: Story }) {
  const online = useOnline();
  const [options, setOptions] = useState<PdfOptions>({
    trim: "square8",
    bleed: false,
    cropMarks: false,
    forName: "",
    dedication: "",
  });
  const pdf = useDownload<PdfOptions>(fetchPdf, story.id);
  const epub = useDownload<BookOptions>(fetchEpub, story.id);
  const set = (patch: Partial<PdfOptions>) => {
    setOptions((o) => ({ ...o, ...patch }));
  };
  const last = [pdf, epub].find((m) => m.isError);
  const fieldErrors = last ? fieldErrorsOf(last.error) : null;
  const busy = pdf.isPending || epub.isPending;
  const lowDpi = pdf.data?.lowDpiPages ?? [];

  return (
    <section aria-labelledby="export-title" className="flex flex-col gap-5 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-6">
      <div>
        <h2 id="export-title" className="text-2xl">Print or download</h2>
        <p className="text-base text-ink-soft">
          A PDF ready for a printer, or an EPUB for e-readers and tablets.
        </p>
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,20rem)_1fr]">
        <div className="flex flex-col gap-4">
          <SelectField<TrimSize>
            label="Page size"
            value={options.trim}
            options={(Object.keys(TRIMS) as TrimSize[]).map((value) => ({ value, label: TRIMS[value].label }))}
            onChange={(trim) => { if (trim) set({ trim }); }}
          />
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-lg font-bold">For a print shop</legend>
            <div className="flex flex-wrap gap-2">
              <ChoicePill name="bleed" checked={options.bleed} onChange={(bleed) => { set({ bleed }); }}>
                Bleed (⅛ in)
              </ChoicePill>
              <ChoicePill name="crop_marks" checked={options.cropMarks} onChange={(cropMarks) => { set({ cropMarks }); }}>
                Crop marks
              </ChoicePill>
            </div>
          </fieldset>
          <InputField
            label="Written for (optional)"
            description="The cover says “written for …”."
            value={options.forName}
            onChange={(forName) => { set({ forName: forName.slice(0, 40) }); }}
            error={fieldErrors?.forName}
          />
          <TextAreaField
            label="Dedication (optional)"
            description="A page of its own after the cover."
            value={options.dedication}
            maxLength={300}
            onChange={(dedication) => { set({ dedication }); }}
            error={fieldErrors?.dedication}
          />
        </div>
        <SpreadPreview story={story} options={options} />
      </div>

      <div role="status" aria-live="polite" className="text-lg">
        {pdf.isPending && "Making your PDF… big books take a few seconds."}
        {epub.isPending && "Making your EPUB…"}
        {pdf.isSuccess && !busy && `Your PDF is downloading (${pdf.data.filename}).`}
        {epub.isSuccess && !busy && !pdf.isSuccess && `Your EPUB is downloading (${epub.data.filename}).`}
      </div>
      {lowDpi.length > 0 && (
        <Alert tone="info" title="Some pictures may print a little soft">
          <p>
            {lowDpi.length === 1 ? "Page" : "Pages"} {lowDpi.join(", ")}{" "}
            {lowDpi.length === 1 ? "has a picture" : "have pictures"} below 300 dpi at this size. A smaller
            page size prints them sharper.
          </p>
        </Alert>
      )}
      {last && !fieldErrors && <ProblemAlert error={last.error} />}
      {!online && (
        <p className="text-base text-ink-soft">Downloads need a connection: you're offline.</p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button
          isDisabled={busy || !online}
          onPress={() => {
            epub.reset();
            pdf.mutate(options);
          }}
        >
          {pdf.isPending ? "Making PDF…" : "Download PDF"}
        </Button>
        <Button
          variant="secondary"
          isDisabled={busy || !online}
          onPress={() => {
            pdf.reset();
            epub.mutate({ forName: options.forName, dedication: options.dedication });
          }}
        >
          {epub.isPending ? "Making EPUB…" : "Download EPUB"}
        </Button>
      </div>
    </section>
  );
}

/** Two facing pages at the chosen page size, turned with Previous / Next spread. */
function SpreadPreview({ story, options }: { story: Story; options: PdfOptions }) {
  const all = spreads(story, options);
  const [at, setAt] = useState(0);
  const index = Math.min(at, all.length - 1);
  const trim = TRIMS[options.trim];
  const pair = all[index] ?? [{ kind: "blank" }, { kind: "blank" }];
  const landscape = trim.width > trim.height;

  return (
    <figure className="flex min-w-0 flex-col gap-3" aria-labelledby="preview-caption">
      <div
        className="flex justify-center rounded-2xl bg-sand p-3 sm:p-5"
        data-testid="spread-preview"
        data-trim={options.trim}
      >
        <div className={cx("flex w-full", landscape ? "max-w-2xl" : "max-w-xl")}>
          {pair.map((sheet, side) => (
            <SheetView
              key={side}
              sheet={sheet}
              side={side === 0 ? "left" : "right"}
              aspect={`${trim.width} / ${trim.height}`}
              landscape={landscape}
              bleed={options.bleed}
              cropMarks={options.cropMarks}
            />
          ))}
        </div>
      </div>
      <figcaption id="preview-caption" className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-base">
          <strong>Preview</strong>, spread {index + 1} of {all.length} · {trim.label}
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

function SheetView({
  sheet,
  side,
  aspect,
  landscape,
  bleed,
  cropMarks,
}: {
  sheet: Sheet;
  side: "left" | "right";
  aspect: string;
  landscape: boolean;
  bleed: boolean;
  cropMarks: boolean;
}) {
  const blank = sheet.kind === "blank";
  return (
    <div
      className={cx(
        "@container relative min-w-0 flex-1 overflow-hidden",
        blank ? "bg-transparent" : "bg-paper shadow-md",
        side === "left" ? "rounded-l-md" : "rounded-r-md",
        bleed && !blank && "outline-2 -outline-offset-[6px] outline-dashed outline-sky/70",
      )}
      style={{ aspectRatio: aspect }}
      aria-hidden={blank ? true : undefined}
    >
      {!blank && <SheetContent sheet={sheet} landscape={landscape} />}
      {cropMarks && !blank && <CropMarks />}
    </div>
  );
}

function SheetContent({ sheet, landscape }: { sheet: Exclude<Sheet, { kind: "blank" }>; landscape: boolean }) {
  switch (sheet.kind) {
    case "cover":
      return (
        <div className="flex h-full flex-col items-center justify-center gap-[3cqw] bg-clay-light p-[6cqw] text-center">
          <p className="text-[8cqw] leading-tight font-bold">{sheet.title}</p>
          <ApiImage imageId={sheet.imageId} alt={`Cover picture of ${sheet.title}`} variant={{ width: 512 }} className="aspect-square w-1/2 rounded-[2cqw]" />
          {sheet.forName && <p className="text-[5cqw]">written for {sheet.forName}</p>}
        </div>
      );
    case "dedication":
      return (
        <div className="grid h-full place-items-center p-[10cqw] text-center text-[5cqw] italic">
          <p>{sheet.text}</p>
        </div>
      );
    case "back":
      return (
        <div className="grid h-full place-items-center bg-clay-light p-[8cqw] text-center text-[4.5cqw]">
          <p>
            The end of <strong>{sheet.title}</strong>
            <br />
            made with Storyloom
          </p>
        </div>
      );
    case "page":
      return (
        <div className={cx("flex h-full", landscape ? "flex-row" : "flex-col")}>
          <ApiImage
            imageId={sheet.page.image_id}
            alt={`Page ${sheet.page.number} picture`}
            variant={{ width: 512 }}
            className={landscape ? "h-full w-1/2" : "w-full flex-[3]"}
          />
          <div className={cx("flex flex-col justify-between p-[5cqw]", landscape ? "w-1/2" : "flex-[2]")}>
            <p className="line-clamp-6 text-[4.2cqw] leading-snug">{sheet.page.text}</p>
            <p className="self-center text-[3.5cqw] text-ink-soft">{sheet.page.number}</p>
          </div>
        </div>
      );
  }
}

function CropMarks() {
  const mark = "absolute size-[4%] border-ink";
  return (
    <span aria-hidden="true">
      <span className={cx(mark, "top-0 left-0 border-t border-l")} />
      <span className={cx(mark, "top-0 right-0 border-t border-r")} />
      <span className={cx(mark, "bottom-0 left-0 border-b border-l")} />
      <span className={cx(mark, "right-0 bottom-0 border-r border-b")} />
    </span>
  );
}
