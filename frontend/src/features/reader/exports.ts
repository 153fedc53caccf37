/**
 * Downloading a book (PDF, EPUB) and sharing it. Downloads need the bearer token, so the
 * file is fetched through the API client into a blob and saved from a blob: URL.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import type { components } from "@/api/schema";

export type TrimSize = components["schemas"]["TrimSize"];
export type Bleed = components["schemas"]["Bleed"];
export type Share = components["schemas"]["ShareOut"];
export type ShareCreated = components["schemas"]["ShareCreated"];

/** Finished page sizes in inches (as the server lays them out), with words for parents. */
export const TRIMS: Record<TrimSize, { label: string; width: number; height: number }> = {
  square8: { label: "Square, 8 × 8 in", width: 8, height: 8 },
  letter: { label: "US Letter, 8.5 × 11 in", width: 8.5, height: 11 },
  a4: { label: "A4, 210 × 297 mm", width: 210 / 25.4, height: 297 / 25.4 },
  a5_landscape: { label: "A5 landscape, 210 × 148 mm", width: 210 / 25.4, height: 148 / 25.4 },
};

export interface BookOptions {
  forName: string;
  dedication: string;
}

export interface PdfOptions extends BookOptions {
  trim: TrimSize;
  bleed: boolean;
  cropMarks: boolean;
}

function bookQuery({ forName, dedication }: BookOptions) {
  return {
    ...(forName.trim() ? { for_name: forName.trim() } : {}),
    ...(dedication.trim() ? { dedication: dedication.trim() } : {}),
  };
}

export interface ExportFile {
  blob: Blob;
  filename: string;
  /** Pages whose pictures would print below 300 dpi (from X-Image-Low-DPI-Pages). */
  lowDpiPages: number[];
}

function filenameFrom(response: Response, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

async function toFile(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallback: string,
): Promise<ExportFile> {
  let response: Response | undefined;
  const blob = await unwrap(
    call.then((result) => {
      response = result.response;
      return result;
    }),
  );
  const low = response?.headers.get("X-Image-Low-DPI-Pages") ?? "";
  return {
    blob,
    filename: response ? filenameFrom(response, fallback) : fallback,
    lowDpiPages: low.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0),
  };
}

export function fetchPdf(storyId: string, options: PdfOptions): Promise<ExportFile> {
  return toFile(
    api.GET("/api/stories/{story_id}/export.pdf", {
      params: {
        path: { story_id: storyId },
        query: {
          ...bookQuery(options),
          trim: options.trim,
          bleed: options.bleed ? "0.125" : "0",
          crop_marks: options.cropMarks,
        },
      },
      parseAs: "blob",
    }),
    "book.pdf",
  );
}

export function fetchEpub(storyId: string, options: BookOptions): Promise<ExportFile> {
  return toFile(
    api.GET("/api/stories/{story_id}/export.epub", {
      params: { path: { story_id: storyId }, query: bookQuery(options) },
      parseAs: "blob",
    }),
    "book.epub",
  );
}

/** Hand a downloaded file to the browser's "save" (a temporary blob: link). */
export function saveFile({ blob, filename }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** The options as the server reads them: names trimmed, so " Maya" and "Maya" are one PDF. */
function normalPdfOptions(options: PdfOptions): PdfOptions {
  return { ...options, forName: options.forName.trim(), dedication: options.dedication.trim() };
}

/**
 * The PDF for these options, as a query: the print preview draws it, and "Download PDF"
 * with the same options saves it without making it again. `revision` (the story's
 * updated_at) makes an edited book a new PDF.
 */
export function pdfQuery(storyId: string, options: PdfOptions, revision: string) {
  const normal = normalPdfOptions(options);
  return queryOptions({
    queryKey: ["stories", "one", storyId, "pdf", revision, normal] as const,
    queryFn: () => fetchPdf(storyId, normal),
    staleTime: Infinity, // the same book and options make the same PDF
    gcTime: 60_000, // PDFs are big: keep only the recent ones
  });
}

/** The preview's PDF; the last one stays on show while the next is made. */
export function usePdfPreview(storyId: string, options: PdfOptions, revision: string, enabled: boolean) {
  return useQuery({ ...pdfQuery(storyId, options, revision), enabled, placeholderData: keepPreviousData });
}

/** "Download PDF": the previewed file when it is for these options, else made now. */
export function useDownloadPdf(storyId: string, revision: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (options: PdfOptions) => queryClient.query(pdfQuery(storyId, options, revision)),
    onSuccess: saveFile,
  });
}

export function useDownload<O>(fetcher: (storyId: string, options: O) => Promise<ExportFile>, storyId: string) {
  return useMutation({
    mutationFn: (options: O) => fetcher(storyId, options),
    onSuccess: saveFile,
  });
}

/** The link a share token opens: this app's public reader (on the origin in use). */
export function shareLink(token: string): string {
  return `${window.location.origin}/shared/${token}`;
}

const sharesKey = (storyId: string) => ["stories", "one", storyId, "shares"] as const;

export function useShares(storyId: string) {
  return useQuery({
    queryKey: sharesKey(storyId),
    queryFn: () =>
      unwrap(api.GET("/api/stories/{story_id}/shares", { params: { path: { story_id: storyId } } })),
  });
}

export function useCreateShare(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number | null) =>
      unwrap(
        api.POST("/api/stories/{story_id}/shares", {
          params: { path: { story_id: storyId } },
          body: days ? { expires_in_days: days } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesKey(storyId) }),
  });
}

export function useRevokeShare(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareId: string) =>
      unwrap(api.DELETE("/api/shares/{share_id}", { params: { path: { share_id: shareId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesKey(storyId) }),
  });
}
