import { beforeEach, describe, expect, it, vi } from "vitest";

import { setNavigator } from "@/lib/navigation";
import { ApiError, NetworkError } from "@/lib/problem";
import { useSession } from "@/lib/session";
import { json, mockFetch, noContent, problem, testUser, tokens, type FetchMock } from "@/testing/fetch-mock";

import { api, refreshSession, restoreSession, unwrap } from "./client";

const bearer = (r: Request) => r.headers.get("Authorization");

/** /api/me answers 200 to the fresh token and 401 to anything else. */
function meAcceptsOnly(fetch: FetchMock, token: string) {
  fetch.on("GET", "/api/me", (r) =>
    bearer(r) === `Bearer ${token}` ? json(testUser) : problem(401, "session_expired"),
  );
}

describe("api client", () => {
  let fetch: FetchMock;
  const go = vi.fn();

  beforeEach(() => {
    fetch = mockFetch();
    go.mockReset();
    setNavigator({ go, current: () => "/account?tab=devices" });
    useSession.getState().signIn(tokens("old-token"));
  });

  it("sends the in-memory access token as a bearer token", async () => {
    meAcceptsOnly(fetch, "old-token");
    await expect(unwrap(api.GET("/api/me"))).resolves.toEqual(testUser);
    expect(bearer(fetch.calls[0]!)).toBe("Bearer old-token");
  });

  it("on 401 refreshes once and retries the request with the new token", async () => {
    meAcceptsOnly(fetch, "new-token");
    fetch.on("POST", "/api/auth/refresh", () => json(tokens("new-token")));

    await expect(unwrap(api.GET("/api/me"))).resolves.toEqual(testUser);

    expect(fetch.callsTo("POST", "/api/auth/refresh")).toHaveLength(1);
    expect(fetch.callsTo("GET", "/api/me").map(bearer)).toEqual([
      "Bearer old-token",
      "Bearer new-token",
    ]);
    expect(useSession.getState().accessToken).toBe("new-token");
  });

  it("sends the same body again when retrying", async () => {
    fetch.on("POST", "/api/me/password", (r) =>
      bearer(r) === "Bearer new-token" ? noContent() : problem(401, "session_expired"),
    );
    fetch.on("POST", "/api/auth/refresh", () => json(tokens("new-token")));
    const body = { current_password: "old secret words", new_password: "new secret words" };

    await unwrap(api.POST("/api/me/password", { body }));

    const sent = fetch.callsTo("POST", "/api/me/password");
    expect(sent).toHaveLength(2);
    expect(await sent[1]!.json()).toEqual(body);
  });

  it("shares one refresh between concurrent 401s (single-flight)", async () => {
    meAcceptsOnly(fetch, "new-token");
    fetch.on("GET", "/api/me/sessions", (r) =>
      bearer(r) === "Bearer new-token" ? json([]) : problem(401, "session_expired"),
    );
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    fetch.on("POST", "/api/auth/refresh", async () => {
      await gate;
      return json(tokens("new-token"));
    });

    const all = Promise.all([
      unwrap(api.GET("/api/me")),
      unwrap(api.GET("/api/me/sessions")),
      unwrap(api.GET("/api/me")),
    ]);
    await vi.waitFor(() => {
      expect(fetch.calls.length).toBeGreaterThanOrEqual(4);
    });
    release();
    await expect(all).resolves.toEqual([testUser, [], testUser]);
    expect(fetch.callsTo("POST", "/api/auth/refresh")).toHaveLength(1);
  });

  it("retries with the newer token without refreshing when another request already did", async () => {
    meAcceptsOnly(fetch, "new-token");
    fetch.on("GET", "/api/me/sessions", async (r) => {
      // Meanwhile another request refreshed the session.
      useSession.getState().signIn(tokens("new-token"));
      return bearer(r) === "Bearer new-token" ? json([]) : problem(401, "session_expired");
    });
    await expect(unwrap(api.GET("/api/me/sessions"))).resolves.toEqual([]);
    expect(fetch.callsTo("POST", "/api/auth/refresh")).toHaveLength(0);
  });

  it("when the refresh is refused, ends the session and goes to login with next", async () => {
    meAcceptsOnly(fetch, "never");
    fetch.on("POST", "/api/auth/refresh", () => problem(401, "session_expired"));

    const error = await unwrap(api.GET("/api/me")).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    const session = useSession.getState();
    expect(session.status).toBe("signed-out");
    expect(session.accessToken).toBeNull();
    expect(session.endReason).toBe("expired");
    expect(go).toHaveBeenCalledExactlyOnceWith("/login?next=%2Faccount%3Ftab%3Ddevices");
  });

  it("keeps the session when the refresh could not be attempted (offline)", async () => {
    meAcceptsOnly(fetch, "never");
    fetch.on("POST", "/api/auth/refresh", () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(unwrap(api.GET("/api/me"))).rejects.toMatchObject({ status: 401 });
    expect(useSession.getState().status).toBe("signed-in");
    expect(go).not.toHaveBeenCalled();
  });

  it("does not refresh on a failed login (401 means wrong password there)", async () => {
    fetch.on("POST", "/api/auth/login", () => problem(401, "invalid_credentials"));
    await expect(
      unwrap(api.POST("/api/auth/login", { body: { email: "a@b.co", password: "x" } })),
    ).rejects.toMatchObject({ code: "invalid_credentials" });
    expect(fetch.callsTo("POST", "/api/auth/refresh")).toHaveLength(0);
    expect(useSession.getState().status).toBe("signed-in");
  });

  it("turns a request that got no answer into a NetworkError", async () => {
    fetch.on("GET", "/api/me", () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(unwrap(api.GET("/api/me"))).rejects.toBeInstanceOf(NetworkError);
  });

  it("reads retry_after from 429 problems", async () => {
    fetch.on("POST", "/api/auth/login", () =>
      problem(429, "rate_limited", { retry_after: 42 }, { "Retry-After": "42" }),
    );
    await expect(
      unwrap(api.POST("/api/auth/login", { body: { email: "a@b.co", password: "x" } })),
    ).rejects.toMatchObject({ status: 429, retryAfter: 42 });
  });
});

describe("restoreSession", () => {
  it("signs in from the refresh cookie", async () => {
    const fetch = mockFetch().on("POST", "/api/auth/refresh", () => json(tokens("restored")));
    await expect(restoreSession()).resolves.toBe("ok");
    expect(useSession.getState()).toMatchObject({ status: "signed-in", accessToken: "restored" });
    expect(fetch.calls[0]!.credentials).toBe("same-origin");
  });

  it("is signed out, without a notice, when the cookie no longer works", async () => {
    mockFetch().on("POST", "/api/auth/refresh", () => problem(401, "session_expired"));
    await expect(restoreSession()).resolves.toBe("ended");
    expect(useSession.getState()).toMatchObject({ status: "signed-out", endReason: "not-restored" });
  });

  it("is signed out, without a notice, when there is no cookie at all (204)", async () => {
    mockFetch().on("POST", "/api/auth/refresh", () => noContent());
    await expect(restoreSession()).resolves.toBe("ended");
    expect(useSession.getState()).toMatchObject({ status: "signed-out", endReason: "not-restored" });
  });

  it("shares its refresh with a simultaneous one", async () => {
    const fetch = mockFetch().on("POST", "/api/auth/refresh", () => json(tokens("restored")));
    await Promise.all([restoreSession(), refreshSession(), restoreSession()]);
    expect(fetch.callsTo("POST", "/api/auth/refresh")).toHaveLength(1);
  });
});
