import { QueryClient } from "@tanstack/react-query";

import { revokeDroppedImages } from "@/api/images";
import { ApiError } from "@/lib/problem";

/** Retry only what may work next time: no answer at all, or a server error. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  revokeDroppedImages(client);
  return client;
}
