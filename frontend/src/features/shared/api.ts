import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import type { components } from "@/api/schema";
import { ApiError } from "@/lib/problem";

export type SharedStory = components["schemas"]["SharedStory"];

/** A shared book, read without signing in. Unknown, revoked and expired links answer 404. */
export function useSharedStory(token: string) {
  return useQuery({
    queryKey: ["shared", token],
    queryFn: () => unwrap(api.GET("/api/shared/{token}", { params: { path: { token } } })),
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    staleTime: 5 * 60_000,
  });
}
