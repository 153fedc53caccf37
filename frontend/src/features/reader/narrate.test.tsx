import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import type { Story } from "@/api/types";
import { useSession } from "@/lib/session";
import { storyFixture, svgResponse } from "@/testing/books";
import { json, mockFetch, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

const audio = (pageId: string) => ({
  url: `/api/stories/s1/pages/${pageId}/audio?v=k${pageId}`,
  media_type: "audio/mpeg",
  duration: 1.5,
  timing: "aligned",
  voice: "piper:en_US-joe-medium",
  words: [{ start: 0.1, end: 0.4, text_start: 0, text_end: 4 }],
});

function narrated(missing: string[]): Story {
  const story = storyFixture();
  return { ...story, pages: story.pages.map((p) => ({ ...p, audio: missing.includes(p.id) ? null : audio(p.id) })) };
}

describe("recording narration again after an edit", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    for (const n of [1, 2, 3]) fetch.on("GET", `/api/images/img-${String(n)}`, () => svgResponse());
    for (const p of ["p1", "p2", "p3"]) {
      fetch.on("GET", `/api/stories/s1/pages/${p}/audio`, () => new Response("ID3", { headers: { "Content-Type": "audio/mpeg" } }));
    }
  });

  it("offers to record the pages that lost their narration, and plays them after", async () => {
    fetch.on("GET", "/api/stories/s1", () => json(narrated(["p2"])));
    fetch.on("POST", "/api/stories/s1/narration", () => json(narrated([])));
    const { user } = renderApp("/stories/s1");
    const record = await screen.findByRole("button", { name: "Record the narration" });
    expect(screen.getByText(/One page has no recorded narration/)).toBeInTheDocument();
    await user.click(record);
    await waitFor(() => { expect(screen.queryByRole("button", { name: "Record the narration" })).toBeNull(); });
    expect(fetch.callsTo("POST", "/api/stories/s1/narration")).toHaveLength(1);
    // The offline copy keeps every page's narration, fetched with the book.
    await waitFor(() => { expect(fetch.callsTo("GET", "/api/stories/s1/pages/p2/audio")).toHaveLength(1); });
  });

  it("says nothing about narration for a book that never had any", async () => {
    fetch.on("GET", "/api/stories/s1", () => json(narrated(["p1", "p2", "p3"])));
    renderApp("/stories/s1");
    expect(await screen.findByText("Page 1 of 3")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record the narration" })).toBeNull();
  });
});
