import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { json, mockFetch, problem, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

const TOKEN = "abcdefghijklmnopqrstuvwx";

describe("a shared book (no account)", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signOut("not-restored");
  });

  it("reads page by page with the keyboard, without app navigation, and asks not to be indexed", async () => {
    fetch.on("GET", `/api/shared/${TOKEN}`, () =>
      json({
        title: "Maya and the Moon",
        cover_url: `/api/shared/${TOKEN}/cover.svg`,
        expires_at: null,
        pages: [
          { number: 1, text: "Maya looks at the moon.", image_url: `/api/shared/${TOKEN}/images/1` },
          { number: 2, text: "Goodnight, moon.", image_url: null },
        ],
      }),
    );
    const { user, location } = renderApp(`/shared/${TOKEN}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Maya and the Moon" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Picture for page 1: Maya looks at the moon." })).toHaveAttribute(
      "src",
      `/api/shared/${TOKEN}/images/1`,
    );
    expect(screen.getByRole("img", { name: "The cover of Maya and the Moon" })).toHaveAttribute(
      "src",
      `/api/shared/${TOKEN}/cover.svg`,
    );
    expect(screen.queryByRole("navigation", { name: "Main" })).toBeNull();
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
    // Someone sent a book can make their own.
    expect(screen.getByRole("link", { name: "Make your own book" })).toHaveAttribute("href", "/register");
    await user.keyboard("{ArrowRight}");
    expect(await screen.findByText("Page 2 of 2")).toBeInTheDocument();
    expect(screen.getByTestId("page-text")).toHaveTextContent("Goodnight, moon.");
    expect(location()).toBe(`/shared/${TOKEN}?page=2`);
    expect(fetch.calls.every((c) => c.headers.get("Authorization") === null)).toBe(true);
  });

  it("says kindly when a link was revoked or has expired", async () => {
    fetch.on("GET", `/api/shared/${TOKEN}`, () => problem(404, "share_not_found"));
    const view = renderApp(`/shared/${TOKEN}`);
    expect(await screen.findByRole("heading", { level: 1, name: "This link no longer works" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Make your own picture books" })).toHaveAttribute("href", "/register");
    view.unmount();
    await waitFor(() => { expect(document.head.querySelector('meta[name="robots"]')).toBeNull(); });
  });
});
