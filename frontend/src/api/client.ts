/**
 * The one configured API client. Its middleware:
 * - adds the in-memory access token as a bearer token;
 * - on a 401, trades the refresh cookie for a new token once and retries the request.
 *   Concurrent 401s share one refresh (the cookie rotates on every use, so a second
 *   parallel refresh would be refused and end the session);
 * - when the refresh is refused, ends the session and goes to /login?next=<this page>.
 */
import createClient, { type Middleware } from "openapi-fetch";

import { currentPath, loginPath, navigateTo } from "@/lib/navigation";
import { rememberedUser } from "@/lib/offline";
import { ApiError, NetworkError, toApiError } from "@/lib/problem";
import { useSession } from "@/lib/session";

import type { paths } from "./schema";

/** Routes whose 401 means "wrong credentials", not "token expired". */
const NO_REFRESH = new Set<string>(["/api/auth/login", "/api/auth/register", "/api/auth/refresh"]);

export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on every call so tests (and the offline banner's checks) see the current fetch.
  fetch: (request: Request) => globalThis.fetch(request),
  credentials: "same-origin",
});

/** Requests in flight: an unsent copy (a body can be read once) and the token they carried. */
const inFlight = new Map<string, { copy: Request; token: string | null }>();

export type RefreshOutcome = "ok" | "ended" | "failed";

let refreshing: Promise<RefreshOutcome> | null = null;

async function doRefresh(): Promise<RefreshOutcome> {
  try {
    const { data, response } = await api.POST("/api/auth/refresh");
    if (data) {
      useSession.getState().signIn(data);
      return "ok";
    }
    // 204: no cookie at all, so no session to restore; 401/403: the cookie no longer works.
    return [204, 401, 403].includes(response.status) ? "ended" : "failed";
  } catch {
    return "failed";
  }
}

/**
 * Get a new access token from the refresh cookie. Single-flight: callers that arrive while
 * a refresh is running get its result. "failed" means we could not ask (offline, server
 * error): the session may still be fine, so nothing is cleared.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= doRefresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * Called once at start: restore the session from the cookie, if there is one. When the
 * server can't be reached, the user whose books are saved offline carries on without a
 * token (see `resumeOffline`).
 */
export async function restoreSession(): Promise<RefreshOutcome> {
  const outcome = await refreshSession();
  if (outcome !== "ok" && useSession.getState().status === "restoring") {
    const offlineUser = outcome === "failed" ? rememberedUser() : null;
    if (offlineUser) useSession.getState().resumeOffline(offlineUser);
    else useSession.getState().signOut("not-restored");
  }
  return outcome;
}

/** The session is over: forget it and ask to log in, coming back here afterwards. */
export function endSession(): void {
  const wasSignedIn = useSession.getState().status === "signed-in";
  useSession.getState().signOut("expired");
  if (wasSignedIn && !currentPath().startsWith("/login")) navigateTo(loginPath());
}

function withToken(request: Request, token: string | null): Request {
  if (token) request.headers.set("Authorization", `Bearer ${token}`);
  return request;
}

export const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const token = useSession.getState().accessToken;
    withToken(request, token);
    if (!NO_REFRESH.has(schemaPath)) inFlight.set(id, { copy: request.clone(), token });
    return request;
  },
  async onResponse({ response, id, options }) {
    const entry = inFlight.get(id);
    inFlight.delete(id);
    if (response.status !== 401 || !entry) return undefined;
    const current = useSession.getState().accessToken;
    // Another request already refreshed while this one was out: just use the new token.
    const outcome = current && current !== entry.token ? "ok" : await refreshSession();
    if (outcome === "ended") {
      endSession();
      return response;
    }
    if (outcome === "failed") return response;
    return options.fetch(withToken(entry.copy, useSession.getState().accessToken));
  },
  onError({ id }) {
    inFlight.delete(id);
  },
};

api.use(authMiddleware);

/**
 * Unwraps an openapi-fetch result for TanStack Query: the data, or a thrown ApiError
 * (NetworkError when there was no answer at all).
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new NetworkError();
  }
  if (!result.response.ok) throw toApiError(result.error, result.response);
  return result.data as T;
}
