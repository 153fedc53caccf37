import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { json, mockFetch, mockSignedInReads, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

describe("Log in", () => {
  let fetch: FetchMock;

  beforeEach(() => {
    fetch = mockFetch();
    mockSignedInReads(fetch);
    useSession.getState().signOut("not-restored");
  });

  async function fill(user: ReturnType<typeof renderApp>["user"], email: string, password: string) {
    if (email) await user.type(screen.getByLabelText("Email"), email);
    if (password) await user.type(screen.getByLabelText("Password"), password);
    await user.click(screen.getByRole("button", { name: "Log in" }));
  }

  it("checks the fields before sending anything", async () => {
    const { user } = renderApp("/login");
    await user.click(screen.getByRole("button", { name: "Log in" }));

    expect(await screen.findByText("Please enter your email address.")).toBeInTheDocument();
    expect(screen.getByText("Please enter your password.")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Email")).toHaveFocus();
    expect(fetch.calls).toHaveLength(0);

    await user.type(screen.getByLabelText("Email"), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByText("Enter an email address like name@example.com.")).toBeInTheDocument();
    expect(fetch.calls).toHaveLength(0);
  });

  it("shows a friendly message for a wrong password", async () => {
    fetch.on("POST", "/api/auth/login", () => problem(401, "invalid_credentials"));
    const { user } = renderApp("/login");
    await fill(user, "sam@example.com", "wrong password");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "That email and password don't match an account.",
    );
  });

  it("puts server field errors under their fields", async () => {
    fetch.on("POST", "/api/auth/login", () =>
      problem(422, "validation_failed", {
        errors: [{ loc: ["body", "email"], msg: "String should match pattern", type: "string_pattern_mismatch" }],
      }),
    );
    const { user } = renderApp("/login");
    await fill(user, "sam@example.com", "a password");
    const field = await screen.findByText("Enter an email address like name@example.com.");
    expect(field).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription(/Enter an email address/);
  });

  it("says how many tries are left before a pause", async () => {
    fetch.on("POST", "/api/auth/login", () => problem(401, "invalid_credentials", { tries_left: 2 }));
    const { user } = renderApp("/login");
    await fill(user, "sam@example.com", "wrong password");
    expect(await screen.findByRole("alert")).toHaveTextContent("2 tries left before sign-in for this email pauses.");
    expect(screen.getByRole("button", { name: "Log in" })).toBeEnabled();
  });

  it("pauses only the email that ran out of tries", async () => {
    fetch.on("POST", "/api/auth/login", () =>
      problem(429, "login_paused", { retry_after: 90 }, { "Retry-After": "90" }),
    );
    const { user } = renderApp("/login");
    await fill(user, "sam@example.com", "a password");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Sign-in paused for this email");
    expect(alert).toHaveTextContent("Please wait about 2 minutes, or reset your password.");
    expect(alert).toHaveTextContent(/You can try again at/);
    expect(screen.getByRole("button", { name: "Log in" })).toBeDisabled();
    // Someone else on this device can still sign in.
    await user.clear(screen.getByLabelText("Email"));
    await user.type(screen.getByLabelText("Email"), "jo@example.com");
    expect(screen.getByRole("button", { name: "Log in" })).toBeEnabled();
  });

  it("offers a way back in when the password is forgotten", async () => {
    const { user, location } = renderApp("/login");
    await user.click(screen.getByRole("link", { name: "Forgot password?" }));
    await waitFor(() => {
      expect(location()).toBe("/forgot-password");
    });
    expect(await screen.findByRole("heading", { name: "Forgot your password?" })).toBeInTheDocument();
  });

  it("signs in and goes to the page in next", async () => {
    fetch.on("POST", "/api/auth/login", () => json(tokens("fresh")));
    const { user, location } = renderApp("/login?next=%2Faccount");
    await fill(user, "Sam@Example.com", "a quiet owl reads");
    await waitFor(() => {
      expect(location()).toBe("/account");
    });
    expect(useSession.getState().accessToken).toBe("fresh");
    expect(await fetch.callsTo("POST", "/api/auth/login")[0]!.json()).toEqual({
      email: "Sam@Example.com",
      password: "a quiet owl reads",
    });
    expect(await screen.findByRole("heading", { name: "Your account" })).toBeInTheDocument();
  });

  it("ignores a next that points to another site", async () => {
    fetch.on("POST", "/api/auth/login", () => json(tokens("fresh")));
    const { user, location } = renderApp("/login?next=%2F%2Fevil.example");
    await fill(user, "sam@example.com", "a quiet owl reads");
    await waitFor(() => {
      expect(location()).toBe("/");
    });
  });

  it("says so when the session ended", async () => {
    useSession.getState().signOut("expired");
    renderApp("/login?next=%2Faccount");
    const notice = (await screen.findByText("Please log in again")).closest("[role=status]");
    expect(notice).toHaveTextContent("we'll take you back to where you were");
  });
});
