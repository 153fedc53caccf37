/**
 * A page's narration (MP3). The owner's needs the bearer token, so like pictures it is
 * fetched through the client and played from a blob: URL; a shared book's is fetched the
 * same way, so both pass through the service worker, which keeps them for offline reading.
 */
import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "./client";

const OWNER = /^\/api\/stories\/([^/?#]+)\/pages\/([^/?#]+)\/audio(?:\?v=([^&#]*))?$/;
const SHARED = /^\/api\/shared\/([^/?#]+)\/audio\/(\d+)(?:\?v=([^&#]*))?$/;

async function fetchAudio(url: string): Promise<Blob> {
  const owner = OWNER.exec(url);
  if (owner) {
    const [, story_id = "", page_id = "", v] = owner;
    return unwrap(
      api.GET("/api/stories/{story_id}/pages/{page_id}/audio", {
        params: { path: { story_id, page_id }, query: v ? { v } : {}, header: {} },
        parseAs: "blob",
      }),
    );
  }
  const shared = SHARED.exec(url);
  if (shared) {
    const [, token = "", number = "0", v] = shared;
    return unwrap(
      api.GET("/api/shared/{token}/audio/{number}", {
        params: { path: { token, number: Number(number) }, query: v ? { v } : {}, header: {} },
        parseAs: "blob",
      }),
    );
  }
  throw new Error(`not a narration address: ${url}`);
}

export function audioQuery(url: string) {
  return queryOptions({
    queryKey: ["audio", url],
    queryFn: async () => URL.createObjectURL(await fetchAudio(url)),
    // The address names the content (?v=): it never changes under it.
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}

export function useAudioSrc(url: string | null | undefined) {
  return useQuery({ ...audioQuery(url ?? ""), enabled: Boolean(url) });
}
