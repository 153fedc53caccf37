import { act, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { json, mockFetch, mockSignedInReads, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

describe("the app shell", () => {
  let fetch: FetchMock;

  beforeEach(() => {
    fetch = mockFetch();
    fetch.on("GET", "/api/me/sessions", () => json([{ id: "a" }, { id: "b" }]));
    fetch.on("GET", "/api/characters", (r) =>
      json({
        items: [{ name: "Mia" }, { name: "Biscuit" }, { name: "Ember" }, { name: "Pip" }],
        next_cursor: new URL(r.url).searchParams.get("limit") === "100" ? null : "more",
      }),
    );
    mockSignedInReads(fetch);
  });

  it("shows a skeleton, not a blank page, while the session is restored", () => {
    renderApp("/account");
    expect(screen.getByText("Loading…").closest("[role=status]")).toBeInTheDocument();
    expect(screen.getByRole("main")).not.toBeEmptyDOMElement();
  });

  it("sends signed-out visitors to log in, remembering where they were going", async () => {
    useSession.getState().signOut("not-restored");
    const { location } = renderApp("/account?tab=1");
    await waitFor(() => {
      expect(location()).toBe("/login?next=%2Faccount%3Ftab%3D1");
    });
    expect(screen.getByRole("heading", { level: 1, name: "Welcome back" })).toBeInTheDocument();
  });

  it("greets the user on the dashboard, with counts from the API", async () => {
    useSession.getState().signIn(tokens("t"));
    renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: /Sam!/ })).toBeInTheDocument();
    expect(await screen.findByText(/devices are signed in/)).toHaveTextContent("2");
    const characters = screen.getByRole("region", { name: "Characters" });
    expect(characters).toHaveTextContent("4 characters so far");
    expect(within(characters).getByRole("list", { name: "Latest characters" })).toHaveTextContent(
      "MiaBiscuitEmber",
    );
    const stories = screen.getByRole("region", { name: "Stories" });
    expect(stories).toHaveTextContent("None yet");
    expect(screen.getByRole("link", { name: "Skip to main content" })).toHaveAttribute("href", "#main");
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
  });

  it("has a friendly 404 with a way back", async () => {
    useSession.getState().signIn(tokens("t"));
    renderApp("/no/such/page");
    expect(await screen.findByRole("heading", { name: "This page isn't in our book" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to your dashboard" })).toHaveAttribute("href", "/");
  });

  it("tells the reader when they go offline and back online", async () => {
    useSession.getState().signIn(tokens("t"));
    renderApp("/");
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, "onLine")!;
    try {
      Object.defineProperty(navigator, "onLine", { configurable: true, get: () => false });
      act(() => {
        window.dispatchEvent(new Event("offline"));
      });
      expect(await screen.findByText("You're offline.")).toBeInTheDocument();
      Object.defineProperty(navigator, "onLine", { configurable: true, get: () => true });
      act(() => {
        window.dispatchEvent(new Event("online"));
      });
      expect(screen.queryByText("You're offline.")).toBeNull();
    } finally {
      // Remove the own property so the prototype's getter applies again.
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, "onLine")).toEqual(online);
    }
  });
});
