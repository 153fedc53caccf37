import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { json, mockFetch, mockSignedInReads, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

describe("Create an account", () => {
  let fetch: FetchMock;

  beforeEach(() => {
    fetch = mockFetch();
    mockSignedInReads(fetch);
    useSession.getState().signOut("not-restored");
  });

  async function fillIn(user: ReturnType<typeof renderApp>["user"], password = "a quiet owl reads") {
    await user.type(await screen.findByLabelText("Your name"), "Sam");
    await user.type(screen.getByLabelText("Email"), "sam@example.com");
    await user.type(screen.getByLabelText("Password"), password);
    await user.click(screen.getByRole("button", { name: "Create account" }));
  }

  it("asks for 8 characters before sending", async () => {
    const { user } = renderApp("/register");
    await fillIn(user, "short");
    expect(await screen.findByText("Use at least 8 characters.")).toBeInTheDocument();
    expect(fetch.calls).toHaveLength(0);
  });

  it("shows the server's weak-password reason under the password", async () => {
    const reason = "This password is too common; choose a less guessable one.";
    fetch.on("POST", "/api/auth/register", () =>
      problem(422, "weak_password", { detail: reason, errors: [{ loc: ["body", "password"], msg: reason }] }),
    );
    const { user } = renderApp("/register");
    await fillIn(user, "password1");
    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.getByLabelText("Password")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Password")).toHaveFocus();
  });

  it("says when the email is taken, under the email", async () => {
    fetch.on("POST", "/api/auth/register", () => problem(409, "email_taken"));
    const { user } = renderApp("/register");
    await fillIn(user);
    expect(await screen.findByText("There's already an account with this email.")).toBeInTheDocument();
  });

  it("signs the new account in and shows the dashboard", async () => {
    fetch.on("POST", "/api/auth/register", () => json(tokens("new"), { status: 201 }));
    const { user, location } = renderApp("/register");
    await fillIn(user);
    await waitFor(() => {
      expect(location()).toBe("/");
    });
    expect(await screen.findByRole("heading", { level: 1, name: /Sam!/ })).toBeInTheDocument();
  });
});
