import { useState } from "react";

import type { Story } from "@/api/types";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ChoicePill, InputField, SelectField, TextAreaField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { useOnline } from "@/lib/online";
import { ApiError, friendlyMessage } from "@/lib/problem";
import { useDebounced } from "@/lib/use-debounced";

import {
  fetchEpub,
  TRIMS,
  useDownload,
  useDownloadPdf,
  usePdfPreview,
  type BookOptions,
  type PdfOptions,
  type TrimSize,
} from "../exports";
import { PdfPreview } from "./PdfPreview";

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
 * Print and download: PDF settings with a preview of the PDF itself (made by the server
 * for these settings, drawn as spreads by pdf.js: see PdfPreview), and the PDF and EPUB
 * downloads. Typing in a field waits for a pause before a new PDF is made.
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
  // A new preview once the settings rest: not a PDF for every letter typed.
  const settled = useDebounced(options, 700);
  const preview = usePdfPreview(story.id, settled, story.updated_at, online);
  const pdf = useDownloadPdf(story.id, story.updated_at);
  const epub = useDownload<BookOptions>(fetchEpub, story.id);
  const set = (patch: Partial<PdfOptions>) => {
    setOptions((o) => ({ ...o, ...patch }));
  };
  const last = [pdf, epub].find((m) => m.isError);
  const fieldErrors = fieldErrorsOf(last?.error) ?? (preview.isError ? fieldErrorsOf(preview.error) : null);
  const busy = pdf.isPending || epub.isPending;
  const lowDpi = (pdf.data ?? preview.data)?.lowDpiPages ?? [];
  const trim = TRIMS[settled.trim];
  let blocked: string | undefined;
  if (!online) blocked = "The preview needs a connection: you're offline.";
  else if (preview.isError && fieldErrorsOf(preview.error)) blocked = "Change the words marked above to see the preview.";

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
        <PdfPreview query={preview} aspect={`${trim.width} / ${trim.height}`} blocked={blocked} />
      </div>

      <div role="status" aria-live="polite" className="text-lg">
        {pdf.isPending && "Making the PDF… big books take a few seconds."}
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
