import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { useSession } from "@/lib/session";
import { svgResponse } from "@/testing/books";
import { mockFetch, tokens, type FetchMock } from "@/testing/fetch-mock";

import { ApiImage } from "./ApiImage";

/** An IntersectionObserver we drive by hand: `show()` brings every observed element in. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
  }
  show() {
    const entries = this.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function renderImage(lazy: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ApiImage imageId="img-1" alt="Maya by the pond" variant={{ width: 128 }} lazy={lazy} />
    </QueryClientProvider>,
  );
}

describe("a picture fetched when it comes near the screen", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    useSession.getState().signIn(tokens("t"));
    fetch = mockFetch().on("GET", "/api/images/img-1", () => svgResponse());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("waits while far away, then loads", async () => {
    renderImage(true);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(fetch.callsTo("GET", "/api/images/img-1")).toHaveLength(0);
    expect(screen.queryByRole("img")).toBeNull();
    act(() => {
      for (const observer of FakeObserver.all) observer.show();
    });
    expect(await screen.findByRole("img", { name: "Maya by the pond" })).toBeInTheDocument();
    await waitFor(() => { expect(fetch.callsTo("GET", "/api/images/img-1")).toHaveLength(1); });
  });

  it("loads at once when not lazy", async () => {
    renderImage(false);
    expect(await screen.findByRole("img", { name: "Maya by the pond" })).toBeInTheDocument();
    expect(FakeObserver.all).toHaveLength(0);
  });
});
