/**
 * Every picture (and page narration) of an opened book, fetched so the service worker keeps
 * what passes through it: the whole book can be read later with no network. Fetched once
 * the page on screen has had its turn (the browser idle, then two at a time), so the
 * picture being looked at never waits behind the rest of the book.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import { audioQuery } from "@/api/audio";
import { imageQuery } from "@/api/images";
import type { Story } from "@/api/types";

const AT_ONCE = 2;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const handle = window.setTimeout(run, 500);
  return () => {
    window.clearTimeout(handle);
  };
}

export function useKeepForOffline(story: Story | undefined) {
  const queryClient = useQueryClient();
  const id = story?.status === "ready" ? story.id : null;
  const keys = story?.pages.map((p) => `${p.image_id ?? ""}:${p.audio?.url ?? ""}`).join(",") ?? "";
  useEffect(() => {
    if (!id || !story) return;
    const wanted: (() => Promise<unknown>)[] = [];
    if (story.cover_image_id) {
      const cover = story.cover_image_id;
      wanted.push(() => queryClient.query(imageQuery(cover, { width: 256 })));
    }
    for (const page of story.pages) {
      const { image_id: image, audio } = page;
      if (image) wanted.push(() => queryClient.query(imageQuery(image)));
      // The narration too, so the book reads itself aloud offline.
      if (audio) wanted.push(() => queryClient.query(audioQuery(audio.url)));
    }
    let stopped = false;
    const worker = async () => {
      for (let next = wanted.shift(); next && !stopped; next = wanted.shift()) {
        await next().catch(() => undefined);
      }
    };
    const cancel = whenIdle(() => {
      for (let i = 0; i < AT_ONCE; i += 1) void worker();
    });
    return () => {
      stopped = true;
      cancel();
    };
    // Once per book and set of pictures, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, keys, queryClient]);
}
