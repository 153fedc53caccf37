/**
 * Drawing a PDF's pages on canvases with pdf.js. Loaded with import() when a print preview
 * opens, so pdf.js stays out of the first screen and out of the reader's own chunk.
 *
 * The worker is bundled by Vite (`?worker`) into a hashed asset of our own origin; no CDN,
 * nothing the CSP (`default-src 'self'`) would refuse. pdf.js is told not to evaluate
 * strings (isEvalSupported) and not to load WebAssembly decoders (useWasm), which the CSP
 * would block (no 'unsafe-eval' / 'wasm-unsafe-eval'); the PDFs we make need neither.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from "pdfjs-dist";
import PdfWorker from "pdfjs-dist/build/pdf.worker.min.mjs?worker";

export type PdfDocument = PDFDocumentProxy;

let worker: Worker | null = null;

/** One worker for every preview of the visit: it starts once, not once per PDF. */
function ensureWorker(): void {
  if (worker) return;
  worker = new PdfWorker({ name: "pdf.js" });
  GlobalWorkerOptions.workerPort = worker;
}

/** Open a PDF from its bytes. Destroy it when done (`doc.destroy()`). */
export async function openPdf(blob: Blob): Promise<PdfDocument> {
  ensureWorker();
  const data = new Uint8Array(await blob.arrayBuffer());
  return getDocument({ data, isEvalSupported: false, useWasm: false, enableXfa: false }).promise;
}

export interface Drawing {
  /** The page's words (for its text alternative), once it is drawn. */
  done: Promise<string>;
  cancel: () => void;
}

/**
 * Draw page `number` of `doc` on `canvas`, `cssWidth` CSS pixels wide (sharp on high
 * density screens, up to 2×). The canvas takes the page's pixel size; style it to scale.
 */
export function drawPage(doc: PdfDocument, number: number, canvas: HTMLCanvasElement, cssWidth: number): Drawing {
  // An object, not a `let`: its flag changes from outside the async function.
  const run: { task: RenderTask | null; cancelled: boolean } = { task: null, cancelled: false };
  const done = (async () => {
    const page = await doc.getPage(number);
    const natural = page.getViewport({ scale: 1 });
    const density = Math.min(window.devicePixelRatio || 1, 2);
    const viewport = page.getViewport({ scale: (cssWidth * density) / natural.width });
    if (run.cancelled) throw new DOMException("The drawing was cancelled.", "AbortError");
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    run.task = page.render({ canvas, viewport });
    await run.task.promise;
    const content = await page.getTextContent();
    return content.items
      .map((item) => ("str" in item ? item.str : ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
  })();
  return {
    done,
    cancel: () => {
      run.cancelled = true;
      run.task?.cancel();
    },
  };
}

/** A cancelled drawing (a newer one replaced it), not a failure to show. */
export function isCancelled(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === "AbortError") ||
    (error instanceof Error && error.name === "RenderingCancelledException")
  );
}
