import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { characterFixture, storyFixture, svgResponse } from "@/testing/books";
import catalog from "@/testing/fixtures/catalog.json";
import { json, mockFetch, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

describe("the story list", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/catalog", () => json(catalog));
    fetch.on("GET", "/api/characters", () => json({ items: [characterFixture("c1", "Maya")], next_cursor: null }));
  });

  it("shows each finished book's drawn cover, and the first page of a book without one", async () => {
    const drawn = storyFixture({ id: "s1", title: "Maya and the Moon" });
    const outside = storyFixture({ id: "s2", title: "The Painted Sea" });
    fetch.on("GET", "/api/stories", () => json({ items: [drawn, outside], next_cursor: null }));
    fetch.on("GET", "/api/stories/s1/cover.svg", () => svgResponse());
    fetch.on("GET", "/api/stories/s2/cover.svg", () => problem(404, "not_found"));
    fetch.on("GET", "/api/images/img-1", () => svgResponse());
    renderApp("/stories");
    await waitFor(() => {
      expect(screen.getByRole("img", { name: "Cover of Maya and the Moon" }).getAttribute("src")).toMatch(/^blob:/);
    });
    const call = fetch.callsTo("GET", "/api/stories/s1/cover.svg")[0]!;
    expect(call.headers.get("Authorization")).toBe("Bearer t");
    expect(new URL(call.url).searchParams.get("aspect")).toBe(String(4 / 3));
    // no drawn cover: the card shows its first page's picture
    expect(fetch.callsTo("GET", "/api/stories/s2/cover.svg")).toHaveLength(1);
    await waitFor(() => {
      expect(screen.getByRole("img", { name: "Cover of The Painted Sea" }).tagName).toBe("IMG");
    });
    expect(fetch.callsTo("GET", "/api/images/img-1").length).toBeGreaterThan(0);
  });
});
