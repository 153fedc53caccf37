import { describe, expect, it, vi } from "vitest";

import { tokens, testUser } from "@/testing/fetch-mock";

import { resetSession, useSession } from "./session";

describe("session store", () => {
  it("starts out restoring, with no token", () => {
    resetSession();
    expect(useSession.getState()).toMatchObject({ status: "restoring", accessToken: null, user: null });
  });

  it("signs in from a token response, with the expiry time", () => {
    vi.useFakeTimers({ now: Date.parse("2025-03-01T09:00:00Z") });
    useSession.getState().signIn(tokens("abc"));
    expect(useSession.getState()).toMatchObject({
      status: "signed-in",
      accessToken: "abc",
      user: testUser,
      expiresAt: Date.parse("2025-03-01T09:15:00Z"),
      endReason: null,
    });
    vi.useRealTimers();
  });

  it("forgets everything on sign-out and remembers why", () => {
    useSession.getState().signIn(tokens("abc"));
    useSession.getState().signOut("expired");
    expect(useSession.getState()).toMatchObject({
      status: "signed-out",
      accessToken: null,
      user: null,
      expiresAt: null,
      endReason: "expired",
    });
  });

  it("never writes the token to web storage", () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    useSession.getState().signIn(tokens("secret-token"));
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage).toHaveLength(0);
    expect(sessionStorage).toHaveLength(0);
    expect(document.cookie).not.toContain("secret-token");
  });

  it("updates the user without touching the token", () => {
    useSession.getState().signIn(tokens("abc"));
    useSession.getState().setUser({ ...testUser, display_name: "Samantha" });
    expect(useSession.getState()).toMatchObject({ accessToken: "abc", user: { display_name: "Samantha" } });
  });
});
