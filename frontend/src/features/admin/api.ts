import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import { useSession } from "@/lib/session";
import { notify } from "@/lib/toast";

/** Health is re-checked this often while the page is open. */
export const HEALTH_REFRESH_MS = 15_000;
/** Jobs move quickly; the lists follow them at the same pace. */
export const JOBS_REFRESH_MS = 15_000;
/** Chart points are minutes wide: a minute is often enough. */
export const SERIES_REFRESH_MS = 60_000;

export type JobTab = "in_flight" | "failed" | "all";

/** The time spans the charts offer, each with a point width that gives 60-96 points. */
export const SPANS = {
  "1": { label: "Last hour", hours: 1, step: 1 },
  "6": { label: "Last 6 hours", hours: 6, step: 5 },
  "24": { label: "Last 24 hours", hours: 24, step: 15 },
} as const;
export type Span = keyof typeof SPANS;

// Everything starts with "admin": one invalidation refreshes the whole area.
const keys = {
  health: ["admin", "health"] as const,
  jobs: (state: JobTab) => ["admin", "jobs", state] as const,
  users: (q: string) => ["admin", "users", q] as const,
  safety: ["admin", "safety-blocks"] as const,
  series: (span: Span) => ["admin", "timeseries", span] as const,
};

/**
 * Whether the signed-in user is an admin, as the session says (the role comes with every
 * token). A role taken away since then shows as the admin API's 403.
 */
export function useIsAdmin(): boolean {
  return useSession((s) => s.user?.role === "admin");
}

export function useAdminHealth() {
  return useQuery({
    queryKey: keys.health,
    queryFn: () => unwrap(api.GET("/api/admin/health")),
    refetchInterval: HEALTH_REFRESH_MS,
  });
}

export function useAdminJobs(state: JobTab) {
  return useQuery({
    queryKey: keys.jobs(state),
    queryFn: () => unwrap(api.GET("/api/admin/jobs", { params: { query: { state, limit: 100 } } })),
    refetchInterval: JOBS_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

/**
 * Queue a failed or cancelled job again (it carries on after its last finished step), say
 * how that went in a toast, and refresh every job list.
 */
export function useRetryJob() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (jobId: string) =>
      unwrap(api.POST("/api/admin/jobs/{job_id}/retry", { params: { path: { job_id: jobId } } })),
    onSuccess: (job) => {
      notify.success(
        "Job queued again",
        `“${job.story_title || "Untitled story"}” carries on ${
          job.finished_step ? `after the ${job.finished_step} step` : "from the start"
        }.`,
      );
    },
    onError: (error, jobId) => {
      notify.failure(error, () => {
        mutation.mutate(jobId);
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["admin", "jobs"] }),
  });
  return mutation;
}

export function useAdminUsers(q: string) {
  return useQuery({
    queryKey: keys.users(q),
    queryFn: () =>
      unwrap(api.GET("/api/admin/users", { params: { query: { limit: 50, ...(q ? { q } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSafetyBlocks() {
  return useQuery({
    queryKey: keys.safety,
    queryFn: () => unwrap(api.GET("/api/admin/safety-blocks", { params: { query: { limit: 50 } } })),
    refetchInterval: SERIES_REFRESH_MS,
  });
}

export function useTimeSeries(span: Span) {
  const { hours, step } = SPANS[span];
  return useQuery({
    queryKey: keys.series(span),
    queryFn: () =>
      unwrap(api.GET("/api/admin/timeseries", { params: { query: { hours, step_minutes: step } } })),
    refetchInterval: SERIES_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

/** Disable, enable or change the role of a user; refreshes the user list. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; disabled?: boolean; role?: "user" | "admin" }) =>
      unwrap(api.PATCH("/api/admin/users/{user_id}", { params: { path: { user_id: id } }, body })),
    onSuccess: (user) => {
      notify.success("User updated", `${user.display_name} (${user.email}) is now ${
        user.disabled ? "disabled" : "enabled"
      }, ${user.role === "admin" ? "an admin" : "a user"}.`);
    },
    onError: (error) => {
      notify.failure(error);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["admin", "users"] }),
  });
}

/** A one-time password reset link for a user, for the admin to pass on. */
export function useResetLink() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST("/api/admin/users/{user_id}/reset-link", { params: { path: { user_id: id } } })),
    onError: (error) => {
      notify.failure(error);
    },
  });
}
