/**
 * Pictures need the bearer token, so an <img src="/api/images/..."> can't fetch them:
 * we fetch through the client (token, refresh) and show a blob: URL, which the CSP allows.
 * Blob URLs are cached in TanStack Query and revoked when their entry is dropped.
 */
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";

import { api, unwrap } from "./client";

export interface ImageVariant {
  /** A PNG this many pixels wide; absent: the picture as stored (usually SVG). */
  width?: number;
}

export function imageQuery(imageId: string, { width }: ImageVariant = {}) {
  return queryOptions({
    queryKey: ["image", imageId, width ?? "original"],
    queryFn: async () => {
      const blob = await unwrap(
        api.GET("/api/images/{image_id}", {
          params: {
            path: { image_id: imageId },
            query: width ? { format: "png", width } : {},
            header: {},
          },
          parseAs: "blob",
        }),
      );
      return URL.createObjectURL(blob);
    },
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}

export function useImageSrc(imageId: string | null | undefined, variant: ImageVariant = {}) {
  return useQuery({
    ...imageQuery(imageId ?? "", variant),
    enabled: Boolean(imageId),
  });
}

/** Revoke blob URLs of pictures that left the cache. */
export function revokeDroppedImages(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "removed") return;
    const { queryKey, state } = event.query as { queryKey: readonly unknown[]; state: { data: unknown } };
    if ((queryKey[0] === "image" || queryKey[0] === "preview" || queryKey[0] === "audio") && typeof state.data === "string") URL.revokeObjectURL(state.data);
  });
}
