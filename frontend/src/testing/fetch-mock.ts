/**
 * A small fetch double for component and client tests: answers by method and path, records
 * every request (with its body readable), and fails loudly on anything unexpected.
 */
import { vi } from "vitest";

import type { Problem, TokenOut, User } from "@/api/types";

export type Handler = (request: Request) => Response | Promise<Response>;

interface Route {
  method: string;
  path: string;
  handler: Handler;
  once: boolean;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function problem(
  status: number,
  code: string,
  extra: Partial<Problem> & Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = {
    type: `https://storyloom.dev/problems/${code.replace(/_/g, "-")}`,
    title: extra.title ?? code,
    status,
    detail: extra.detail ?? code,
    code,
    request_id: "req-0123456789",
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

export const testUser: User = {
  id: "user-1",
  email: "sam@example.com",
  display_name: "Sam",
  role: "user",
  created_at: "2025-01-15T10:00:00Z",
};

export function tokens(accessToken: string, user: User = testUser): TokenOut {
  return { access_token: accessToken, token_type: "bearer", expires_in: 900, user };
}

export interface FetchMock {
  /** Answer every matching request. */
  on: (method: string, path: string, handler: Handler) => FetchMock;
  /** Answer the next matching request only (takes precedence over `on`). */
  once: (method: string, path: string, handler: Handler) => FetchMock;
  /** Requests made so far (clones: bodies can be read). */
  calls: Request[];
  callsTo: (method: string, path: string) => Request[];
}

export function mockFetch(): FetchMock {
  const routes: Route[] = [];
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    calls.push(request.clone());
    const { pathname } = new URL(request.url);
    const matches = routes.filter((r) => r.method === request.method && r.path === pathname);
    const route = matches.find((r) => r.once) ?? matches[0];
    if (!route) throw new Error(`Unexpected request: ${request.method} ${pathname}`);
    if (route.once) routes.splice(routes.indexOf(route), 1);
    return route.handler(request);
  });
  vi.stubGlobal("fetch", fetchMock);
  const mock: FetchMock = {
    on(method, path, handler) {
      routes.push({ method, path, handler, once: false });
      return mock;
    },
    once(method, path, handler) {
      routes.push({ method, path, handler, once: true });
      return mock;
    },
    calls,
    callsTo: (method, path) =>
      calls.filter((c) => c.method === method && new URL(c.url).pathname === path),
  };
  return mock;
}

/** Answers for the reads every signed-in screen makes: an account with nothing in it yet. */
export function mockSignedInReads(fetch: FetchMock, user: User = testUser): FetchMock {
  return fetch
    .on("GET", "/api/me", () => json(user))
    .on("GET", "/api/me/sessions", () => json([]))
    .on("GET", "/api/characters", () => json({ items: [], next_cursor: null }))
    .on("GET", "/api/stories", () => json({ items: [], next_cursor: null }));
}
