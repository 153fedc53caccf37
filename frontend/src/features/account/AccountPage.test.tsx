import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import type { AuthSession } from "@/api/types";
import { useSession } from "@/lib/session";
import { json, mockFetch, noContent, problem, testUser, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

const now = new Date().toISOString();
const sessions: AuthSession[] = [
  {
    id: "s-here",
    device: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
    ip: "127.0.0.1",
    created_at: now,
    last_used_at: now,
    expires_at: now,
    current: true,
  },
  {
    id: "s-phone",
    device: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1",
    ip: "10.0.0.2",
    created_at: "2025-02-01T10:00:00Z",
    last_used_at: now,
    expires_at: now,
    current: false,
  },
];

describe("Account", () => {
  let fetch: FetchMock;

  beforeEach(() => {
    fetch = mockFetch();
    fetch.on("GET", "/api/me", () => json(testUser));
    fetch.on("GET", "/api/me/sessions", () => json(sessions));
    useSession.getState().signIn(tokens("t"));
  });

  it("shows a wrong current password under that field", async () => {
    fetch.on("POST", "/api/me/password", () =>
      problem(422, "wrong_password", {
        detail: "Your current password is not right.",
        errors: [{ loc: ["body", "current_password"], msg: "Not your current password." }],
      }),
    );
    const { user } = renderApp("/account");
    await user.type(await screen.findByLabelText("Current password"), "not it at all");
    await user.type(screen.getByLabelText("New password"), "a brand new sentence");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    expect(await screen.findByText("Not your current password.")).toBeInTheDocument();
    expect(screen.getByLabelText("Current password")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("New password")).not.toHaveAttribute("aria-invalid");
  });

  it("maps the server's weak `password` to the new password field", async () => {
    const reason = "This password is too common; choose a less guessable one.";
    fetch.on("POST", "/api/me/password", () =>
      problem(422, "weak_password", { errors: [{ loc: ["body", "password"], msg: reason }] }),
    );
    const { user } = renderApp("/account");
    await user.type(await screen.findByLabelText("Current password"), "a quiet owl reads");
    await user.type(screen.getByLabelText("New password"), "password123");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.getByLabelText("New password")).toHaveAttribute("aria-invalid", "true");
  });

  it("lists devices, marks this one, and signs another out", async () => {
    fetch.on("DELETE", "/api/me/sessions/s-phone", () => noContent());
    const { user } = renderApp("/account");
    const list = await screen.findByRole("list");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Chrome on Linux");
    expect(items[0]).toHaveTextContent("This device");
    expect(within(items[0]!).queryByRole("button")).toBeNull();
    expect(items[1]).toHaveTextContent("Safari on iOS");

    await user.click(within(items[1]!).getByRole("button", { name: /Sign out Safari on iOS/ }));
    await waitFor(() => {
      expect(fetch.callsTo("DELETE", "/api/me/sessions/s-phone")).toHaveLength(1);
    });
    expect(await screen.findByText("That device has been signed out.")).toBeInTheDocument();
  });

  it("offers to try again when signing a device out fails", async () => {
    fetch.once("DELETE", "/api/me/sessions/s-phone", () => problem(503, "unavailable"));
    fetch.on("DELETE", "/api/me/sessions/s-phone", () => noContent());
    const { user } = renderApp("/account");
    await user.click(await screen.findByRole("button", { name: /Sign out Safari on iOS/ }));

    const toast = await screen.findByRole("alertdialog");
    expect(toast).toHaveTextContent("Something went wrong on our side");
    await user.click(within(toast).getByRole("button", { name: "Try again" }));
    await waitFor(() => {
      expect(fetch.callsTo("DELETE", "/api/me/sessions/s-phone")).toHaveLength(2);
    });
  });

  it("logs out and lands on the login page", async () => {
    fetch.on("POST", "/api/auth/logout", () => noContent());
    const { user, location } = renderApp("/account");
    const card = (await screen.findByRole("heading", { name: "Log out" })).closest("section")!;
    await user.click(within(card).getByRole("button", { name: "Log out" }));
    await waitFor(() => {
      expect(location()).toBe("/login");
    });
    expect(useSession.getState().status).toBe("signed-out");
    expect(await screen.findByText("You've logged out")).toBeInTheDocument();
  });

  it("asks before logging out everywhere", async () => {
    fetch.on("POST", "/api/auth/logout-all", () => noContent());
    const { user, location } = renderApp("/account");
    await user.click(await screen.findByRole("button", { name: "Log out everywhere…" }));
    await user.click(screen.getByRole("button", { name: "Yes, log out everywhere" }));
    await waitFor(() => {
      expect(location()).toBe("/login");
    });
    expect(fetch.callsTo("POST", "/api/auth/logout-all")).toHaveLength(1);
  });
});
