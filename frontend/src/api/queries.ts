/** Query definitions shared by features (one cache entry per server resource). */
import { queryOptions } from "@tanstack/react-query";

import { api, unwrap } from "./client";

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: () => unwrap(api.GET("/api/me")),
});

export const sessionsQuery = queryOptions({
  queryKey: ["me", "sessions"],
  queryFn: () => unwrap(api.GET("/api/me/sessions")),
});

/** Every character choice with labels and colours; it changes only with a new server. */
export const catalogQuery = queryOptions({
  queryKey: ["catalog"],
  queryFn: () => unwrap(api.GET("/api/catalog", { params: { header: {} } })),
  staleTime: Infinity,
  gcTime: Infinity,
});
