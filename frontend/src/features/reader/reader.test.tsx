import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { useSession } from "@/lib/session";
import { storyFixture, svgResponse } from "@/testing/books";
import { json, mockFetch, noContent, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { useAddPage, useRemovePage, useRenameStory } from "./api";
import { useCreateShare, useRevokeShare, useShares } from "./exports";
import { spreads } from "./spreads";

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return {
    client,
    Wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
  };
}

describe("reader data hooks", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
  });

  it("adds a page at a position and refetches the book", async () => {
    fetch.on("POST", "/api/stories/s1/pages", () => json({ id: "p9", number: 2, text: "New", image_id: null, image_url: null }, { status: 201 }));
    const { client, Wrapper } = wrapper();
    const invalidate = vi.spyOn(client, "invalidateQueries");
    const { result } = renderHook(() => useAddPage("s1"), { wrapper: Wrapper });
    await act(() => result.current.mutateAsync({ text: "New", position: 2 }));
    const [call] = fetch.callsTo("POST", "/api/stories/s1/pages");
    expect(await call!.json()).toEqual({ text: "New", position: 2 });
    expect(call!.headers.get("Authorization")).toBe("Bearer t");
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["stories"] });
  });

  it("removes a page and renames a story (the cached book takes the new title)", async () => {
    fetch.on("DELETE", "/api/stories/s1/pages/p2", () => noContent());
    fetch.on("PATCH", "/api/stories/s1", () => json(storyFixture({ title: "A New Name" })));
    const { client, Wrapper } = wrapper();
    client.setQueryData(["stories", "one", "s1"], storyFixture());
    const remove = renderHook(() => useRemovePage("s1"), { wrapper: Wrapper });
    await act(() => remove.result.current.mutateAsync("p2"));
    expect(fetch.callsTo("DELETE", "/api/stories/s1/pages/p2")).toHaveLength(1);
    const rename = renderHook(() => useRenameStory("s1"), { wrapper: Wrapper });
    await act(() => rename.result.current.mutateAsync("A New Name"));
    expect(await fetch.callsTo("PATCH", "/api/stories/s1")[0]!.json()).toEqual({ title: "A New Name" });
    expect(client.getQueryData<{ title: string }>(["stories", "one", "s1"])?.title).toBe("A New Name");
  });

  it("lists, creates (with an expiry) and revokes share links", async () => {
    let shares = [{ id: "sh1", created_at: "2025-03-01T10:00:00Z", expires_at: null, expired: false }];
    fetch.on("GET", "/api/stories/s1/shares", () => json(shares));
    fetch.on("POST", "/api/stories/s1/shares", () =>
      json({ id: "sh2", created_at: "2025-03-02T10:00:00Z", expires_at: "2025-03-09T10:00:00Z", expired: false, token: "tok", url: "x", api_url: "y" }, { status: 201 }),
    );
    fetch.on("DELETE", "/api/shares/sh1", () => {
      shares = [];
      return noContent();
    });
    const { Wrapper } = wrapper();
    const list = renderHook(() => useShares("s1"), { wrapper: Wrapper });
    await waitFor(() => { expect(list.result.current.data).toHaveLength(1); });
    const create = renderHook(() => useCreateShare("s1"), { wrapper: Wrapper });
    await act(() => create.result.current.mutateAsync(7));
    expect(await fetch.callsTo("POST", "/api/stories/s1/shares")[0]!.json()).toEqual({ expires_in_days: 7 });
    await act(() => create.result.current.mutateAsync(null));
    expect(await fetch.callsTo("POST", "/api/stories/s1/shares")[1]!.json()).toEqual({});
    const revoke = renderHook(() => useRevokeShare("s1"), { wrapper: Wrapper });
    await act(() => revoke.result.current.mutateAsync("sh1"));
    await waitFor(() => { expect(list.result.current.data).toEqual([]); });
  });
});

describe("print spreads", () => {
  it("puts the cover alone on the right, then the dedication and pages in facing pairs", () => {
    const story = storyFixture();
    const plain = spreads(story, { forName: "", dedication: "" });
    expect(plain.map(([l, r]) => `${l.kind}|${r.kind}`)).toEqual(["blank|cover", "page|page", "page|back"]);
    const dedicated = spreads(story, { forName: " Maya ", dedication: "For Maya" });
    expect(dedicated.map(([l, r]) => `${l.kind}|${r.kind}`)).toEqual(["blank|cover", "dedication|page", "page|page", "back|blank"]);
    expect(dedicated[0]![1]).toMatchObject({ kind: "cover", forName: "Maya" });
  });
});

describe("the reader's export and share panels", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/stories/s1", () => json(storyFixture()));
    fetch.on("GET", "/api/images/img-1", () => svgResponse());
    fetch.on("GET", "/api/images/img-2", () => svgResponse());
    fetch.on("GET", "/api/images/img-3", () => svgResponse());
  });

  it("downloads a PDF with the chosen options and previews the chosen page size", async () => {
    fetch.on("GET", "/api/stories/s1/export.pdf", () =>
      new Response("%PDF-1.7", {
        headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="maya.pdf"', "X-Image-Low-DPI-Pages": "2,3" },
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Print or download" }));
    const panel = screen.getByRole("region", { name: "Print or download" });
    await user.selectOptions(within(panel).getByLabelText("Page size"), "letter");
    expect(screen.getByTestId("spread-preview")).toHaveAttribute("data-trim", "letter");
    await user.click(within(panel).getByText("Bleed (⅛ in)"));
    await user.type(within(panel).getByLabelText("Written for (optional)"), "Maya");
    expect(screen.getByTestId("spread-preview")).toHaveTextContent("written for Maya");
    await user.click(within(panel).getByRole("button", { name: "Download PDF" }));

    expect(await within(panel).findByText(/Your PDF is downloading \(maya\.pdf\)/)).toBeInTheDocument();
    expect(within(panel).getByText(/Pages 2, 3 have pictures below 300 dpi/)).toBeInTheDocument();
    const url = new URL(fetch.callsTo("GET", "/api/stories/s1/export.pdf")[0]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ trim: "letter", bleed: "0.125", crop_marks: "false", for_name: "Maya" });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it("shows a refused dedication under its field", async () => {
    fetch.on("GET", "/api/stories/s1/export.epub", () =>
      problem(422, "unsafe_content", { category: "profanity", errors: [{ loc: ["query", "dedication"], msg: "blocked" }] }),
    );
    const { user } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Print or download" }));
    const panel = screen.getByRole("region", { name: "Print or download" });
    await user.type(within(panel).getByLabelText("Dedication (optional)"), "rude words");
    await user.click(within(panel).getByRole("button", { name: "Download EPUB" }));
    await waitFor(() => {
      expect(within(panel).getByLabelText("Dedication (optional)")).toHaveAttribute("aria-invalid", "true");
    });
  });

  it("makes a share link on this origin, shows it once, and revokes links", async () => {
    let list = [] as unknown[];
    fetch.on("GET", "/api/stories/s1/shares", () => json(list));
    fetch.on("POST", "/api/stories/s1/shares", () => {
      list = [{ id: "sh1", created_at: "2025-03-01T10:00:00Z", expires_at: "2025-03-31T10:00:00Z", expired: false }];
      return json({ ...(list[0] as object), token: "abcdefghijklmnopqrstuvwx", url: "http://elsewhere/shared/abc", api_url: "/api/shared/abc" }, { status: 201 });
    });
    fetch.on("DELETE", "/api/shares/sh1", () => {
      list = [];
      return noContent();
    });
    const { user } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Share" }));
    const panel = screen.getByRole("region", { name: /^Share/ });
    expect(await within(panel).findByText(/No links yet/)).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Make a share link" }));
    expect(await within(panel).findByLabelText("Share link")).toHaveValue(`${window.location.origin}/shared/abcdefghijklmnopqrstuvwx`);
    expect(await fetch.callsTo("POST", "/api/stories/s1/shares")[0]!.json()).toEqual({ expires_in_days: 30 });
    const item = await within(panel).findByRole("listitem");
    expect(item).toHaveTextContent("Works until");
    await user.click(within(item).getByRole("button", { name: /^Revoke the link/ }));
    expect(await within(panel).findByText(/No links yet/)).toBeInTheDocument();
  });

  it("adds and removes pages from the toolbar", async () => {
    fetch.on("POST", "/api/stories/s1/pages", () => json({ id: "p9", number: 2, text: "A new page.", image_id: null, image_url: null }, { status: 201 }));
    fetch.on("DELETE", "/api/stories/s1/pages/p1", () => noContent());
    const { user, location } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Add page" }));
    await user.click(screen.getAllByRole("button", { name: "Add page" }).at(-1)!);
    expect(await screen.findByText("A page needs some words.")).toBeInTheDocument();
    await user.type(screen.getByLabelText("New page text"), "A new page.");
    await user.click(screen.getAllByRole("button", { name: "Add page" }).at(-1)!);
    await waitFor(() => { expect(location()).toBe("/stories/s1?page=2"); });
    expect(await fetch.callsTo("POST", "/api/stories/s1/pages")[0]!.json()).toEqual({ text: "A new page.", position: 2 });

    await user.click(screen.getByRole("button", { name: "Page 1" }));
    await user.click(screen.getByRole("button", { name: "Remove page" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove page 1" }));
    await waitFor(() => { expect(fetch.callsTo("DELETE", "/api/stories/s1/pages/p1")).toHaveLength(1); });
  });
});
