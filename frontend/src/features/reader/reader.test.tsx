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

// pdf.js needs a real browser (canvas, workers): the e2e tests draw real PDFs. Here a
// stand-in "draws" a four-page PDF whose words say which page and options it shows.
const pdfView = vi.hoisted(() => ({
  opened: [] as string[],
  fail: false,
}));
vi.mock("./pdf-view", () => ({
  openPdf: async (blob: Blob) => {
    const text = await blob.text();
    pdfView.opened.push(text);
    if (pdfView.fail) throw new Error("This is not a PDF.");
    return { numPages: 4, destroy: () => Promise.resolve() };
  },
  drawPage: (_doc: unknown, number: number, canvas: HTMLCanvasElement) => {
    canvas.width = 200;
    canvas.height = 200;
    return { done: Promise.resolve(`${pdfView.opened.at(-1) ?? ""} page ${number}`), cancel: () => undefined };
  },
  isCancelled: () => false,
}));

/** A PDF answer whose "words" are its query (the stand-in shows them as page text). */
function pdfResponse(request: Request, headers: Record<string, string> = {}) {
  return new Response(new URL(request.url).search, {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="maya.pdf"', ...headers },
  });
}

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
  it("puts the cover alone on the right, then the pages in facing pairs", () => {
    expect(spreads(0)).toEqual([]);
    expect(spreads(1)).toEqual([[null, 1]]);
    expect(spreads(6)).toEqual([[null, 1], [2, 3], [4, 5], [6, null]]);
    expect(spreads(7)).toEqual([[null, 1], [2, 3], [4, 5], [6, 7]]);
  });
});

/** A response the test lets go of when it chooses. */
function deferredResponse() {
  let release: (response: Response) => void = () => undefined;
  const promise = new Promise<Response>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe("the reader's export and share panels", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    pdfView.opened.length = 0;
    pdfView.fail = false;
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/stories/s1", () => json(storyFixture()));
    fetch.on("GET", "/api/images/img-1", () => svgResponse());
    fetch.on("GET", "/api/images/img-2", () => svgResponse());
    fetch.on("GET", "/api/images/img-3", () => svgResponse());
  });

  it("previews the PDF itself for the chosen options, and downloads that PDF", async () => {
    fetch.on("GET", "/api/stories/s1/export.pdf", (request) => pdfResponse(request, { "X-Image-Low-DPI-Pages": "2,3" }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Print or download" }));
    const panel = screen.getByRole("region", { name: "Print or download" });
    // The PDF is made for the preview at once, with the default options.
    const cover = await within(panel).findByRole("img", { name: /^PDF page 1: .*trim=square8/ });
    expect(cover).toHaveAttribute("data-drawn", "true");
    expect(within(panel).getByText(/spread 1 of 3/)).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Next spread" }));
    expect(within(panel).getByRole("img", { name: /^PDF page 2:/ })).toBeInTheDocument();
    expect(within(panel).getByRole("img", { name: /^PDF page 3:/ })).toBeInTheDocument();
    expect(within(panel).getByText(/Pages 2, 3 have pictures below 300 dpi/)).toBeInTheDocument();

    await user.selectOptions(within(panel).getByLabelText("Page size"), "letter");
    await user.click(within(panel).getByText("Bleed (⅛ in)"));
    await user.type(within(panel).getByLabelText("Written for (optional)"), "Maya");
    // One new PDF once the typing rests, not one per change; the spread shown stays.
    await waitFor(() => { expect(within(panel).getByRole("img", { name: /^PDF page 2: .*for_name=Maya/ })).toBeInTheDocument(); });
    const calls = fetch.callsTo("GET", "/api/stories/s1/export.pdf").map((c) => Object.fromEntries(new URL(c.url).searchParams));
    expect(calls).toEqual([
      { trim: "square8", bleed: "0", crop_marks: "false" },
      { trim: "letter", bleed: "0.125", crop_marks: "false", for_name: "Maya" },
    ]);

    // Downloading the previewed options saves that very PDF: nothing is made again.
    await user.click(within(panel).getByRole("button", { name: "Download PDF" }));
    expect(await within(panel).findByText(/Your PDF is downloading \(maya\.pdf\)/)).toBeInTheDocument();
    expect(fetch.callsTo("GET", "/api/stories/s1/export.pdf")).toHaveLength(2);
    expect(click).toHaveBeenCalledTimes(1);

    // Other options (typed just before pressing) are made for the download itself.
    await user.click(within(panel).getByText("Crop marks"));
    await user.click(within(panel).getByRole("button", { name: "Download PDF" }));
    await waitFor(() => { expect(click).toHaveBeenCalledTimes(2); });
    const last = new URL(fetch.callsTo("GET", "/api/stories/s1/export.pdf")[2]!.url);
    expect(last.searchParams.get("crop_marks")).toBe("true");
  });

  it("says the PDF is being made, and offers to try again when it fails", async () => {
    let answer = deferredResponse();
    fetch.on("GET", "/api/stories/s1/export.pdf", async () => (await answer.promise).clone());
    const { user } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Print or download" }));
    const panel = screen.getByRole("region", { name: "Print or download" });
    expect(await within(panel).findByText("Making the PDF…", { selector: "[role=status]" })).toBeInTheDocument();
    expect(screen.getByTestId("spread-preview")).toHaveAttribute("data-state", "busy");
    answer.release(problem(503, "service_unavailable"));
    expect(await within(panel).findByText("The preview couldn't be shown")).toBeInTheDocument();
    expect(screen.getByTestId("spread-preview")).toHaveAttribute("data-state", "failed");

    answer = deferredResponse();
    await user.click(within(panel).getByRole("button", { name: "Try again" }));
    expect(await within(panel).findByText("Making the PDF…", { selector: "[role=status]" })).toBeInTheDocument();
    answer.release(new Response("%PDF-1.7", { headers: { "Content-Type": "application/pdf" } }));
    expect(await within(panel).findByRole("img", { name: /^PDF page 1/ })).toBeInTheDocument();
    expect(screen.getByTestId("spread-preview")).toHaveAttribute("data-state", "ready");

    // A PDF pdf.js cannot open is a failure too, and trying again opens it again.
    pdfView.fail = true;
    await user.click(within(panel).getByText("Crop marks"));
    expect(await within(panel).findByText("The preview couldn't be shown", {})).toBeInTheDocument();
    pdfView.fail = false;
    await user.click(within(panel).getByRole("button", { name: "Try again" }));
    expect(await within(panel).findByRole("img", { name: /^PDF page 1/ })).toBeInTheDocument();
  });

  it("shows a refused dedication under its field", async () => {
    fetch.on("GET", "/api/stories/s1/export.pdf", (request) => pdfResponse(request));
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

  it("opens the book's drawn cover with its title, and starts reading from it", async () => {
    fetch.on("GET", "/api/stories/s1/cover.svg", () => svgResponse());
    const { user, location } = renderApp("/stories/s1");
    await user.click(await screen.findByRole("button", { name: "Cover" }));
    await waitFor(() => { expect(location()).toBe("/stories/s1?page=cover"); });
    const cover = await screen.findByRole("region", { name: "Cover" });
    expect(await within(cover).findByRole("img", { name: /The cover of/ })).toBeInTheDocument();
    expect(fetch.callsTo("GET", "/api/stories/s1/cover.svg")[0]!.headers.get("Authorization")).toBe("Bearer t");
    expect(screen.getByRole("button", { name: "Cover" })).toHaveAttribute("aria-current", "page");
    await user.click(within(cover).getByRole("button", { name: "Start reading" }));
    await waitFor(() => { expect(location()).toBe("/stories/s1?page=1"); });
    expect(screen.queryByRole("region", { name: "Cover" })).not.toBeInTheDocument();
  });

  it("says when the story's text reads outside its age band", async () => {
    const note = "The text may be harder than planned for ages 3-5: pages 2, 5 outside the reading level.";
    fetch.once("GET", "/api/stories/s1", () => json(storyFixture({ reading_note: note })));
    renderApp("/stories/s1");
    expect(await screen.findByRole("note")).toHaveTextContent(note);
  });

  it("shows no reading note for a story inside its band", async () => {
    renderApp("/stories/s1");
    expect(await screen.findByRole("heading", { name: "Maya and the Moon" })).toBeInTheDocument();
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
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
