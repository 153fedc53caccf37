import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import { meQuery, sessionsQuery } from "@/api/queries";
import { useSession } from "@/lib/session";

/** How many to fetch when counting; beyond it the dashboard says "100 or more". */
export const COUNT_LIMIT = 100;

export interface Tally {
  count: number;
  /** There are more than `count` (the list is paginated). */
  more: boolean;
  /** The first few names or titles, newest first. */
  names: string[];
}

/** The signed-in user, shown at once from the session and kept fresh from /api/me. */
export function useCurrentUser() {
  const sessionUser = useSession((s) => s.user);
  return useQuery({ ...meQuery, ...(sessionUser ? { placeholderData: sessionUser } : {}) });
}

/** How many devices are signed in to this account. */
export function useDeviceCount() {
  return useQuery({ ...sessionsQuery, select: (sessions) => sessions.length });
}

// Keys start with the resource, so whatever changes characters or stories (invalidating
// ["characters"] or ["stories"]) also refreshes these counts.
export function useCharacterTally() {
  return useQuery({
    queryKey: ["characters", "tally"],
    queryFn: () =>
      unwrap(api.GET("/api/characters", { params: { query: { limit: COUNT_LIMIT } } })),
    select: (page): Tally => ({
      count: page.items.length,
      more: page.next_cursor !== null,
      names: page.items.slice(0, 3).map((c) => c.name),
    }),
  });
}

export function useStoryTally() {
  return useQuery({
    queryKey: ["stories", "tally"],
    queryFn: () => unwrap(api.GET("/api/stories", { params: { query: { limit: COUNT_LIMIT } } })),
    select: (list): Tally => ({
      count: list.items.length,
      more: list.next_cursor !== null,
      names: list.items.slice(0, 3).map((s) => s.title),
    }),
  });
}

export function useUsage() {
  return useQuery({
    queryKey: ["usage"],
    queryFn: () => unwrap(api.GET("/api/usage", { params: { query: {} } })),
  });
}

export function useRecentStories() {
  return useQuery({
    queryKey: ["stories", "recent"],
    queryFn: () => unwrap(api.GET("/api/stories", { params: { query: { limit: 4 } } })),
    select: (list) => list.items,
  });
}

/** Jobs still making a book (queued or running). */
export function useActiveJobs() {
  return useQuery({
    queryKey: ["jobs", "active"],
    queryFn: async () => {
      const [running, queued] = await Promise.all([
        unwrap(api.GET("/api/jobs", { params: { query: { status: "running", limit: 10 } } })),
        unwrap(api.GET("/api/jobs", { params: { query: { status: "queued", limit: 10 } } })),
      ]);
      return [...running.items, ...queued.items];
    },
  });
}
