/** The admin API's answers, as the server sends them, for the admin area's tests. */
import type { AdminHealth, AdminJob, SafetyBlocks, SeriesPoint, TimeSeries, User, UserUsageList } from "@/api/types";

import { testUser } from "./fetch-mock";

export const adminUser: User = { ...testUser, id: "admin-1", email: "ada@example.com", display_name: "Ada", role: "admin" };

export const healthFixture = (overrides: Partial<AdminHealth> = {}): AdminHealth => ({
  status: "degraded",
  version: "0.1.0",
  pid: 4242,
  uptime_seconds: 3725,
  components: {
    database: { status: "ok", detail: "sqlite", latency_ms: 1.25 },
    redis: { status: "off", detail: "not configured (memory)", latency_ms: null },
    job_runner: { status: "ok", detail: "embedded; 1 running in this process, 4 at most", latency_ms: null },
    "provider:llm": { status: "degraded", detail: "circuit breaker open", latency_ms: null },
  },
  ...overrides,
});

export const adminJobFixture = (overrides: Partial<AdminJob> = {}): AdminJob => ({
  id: "job-1",
  kind: "story",
  status: "running",
  step: "illustrate",
  finished_step: "check",
  message: "Drawing the pictures",
  pages_done: 3,
  pages_total: 8,
  attempts: 1,
  error: null,
  error_code: null,
  text_engine: "procedural",
  image_engine: null,
  story_id: "s1",
  story_title: "Maya and the Moon",
  owner_id: "user-1",
  owner_email: "sam@example.com",
  lease_owner: "host:123",
  lease_expires_at: "2025-03-01T10:01:00Z",
  created_at: "2025-03-01T10:00:00Z",
  started_at: "2025-03-01T10:00:01Z",
  finished_at: null,
  updated_at: new Date(Date.now() - 5 * 60_000).toISOString(),
  version: 3,
  ...overrides,
});

export const failedJobFixture = (overrides: Partial<AdminJob> = {}): AdminJob =>
  adminJobFixture({
    id: "job-2",
    status: "failed",
    step: "check",
    finished_step: "write",
    message: "Checking the words are right for the reader",
    story_title: "Biscuit's Big Day",
    error: "The story engine kept writing words unsuitable for children (violence), so the story was stopped.",
    error_code: "unsafe_output",
    lease_owner: null,
    lease_expires_at: null,
    finished_at: "2025-03-01T10:02:00Z",
    ...overrides,
  });

export const counts = { queued: 0, running: 1, succeeded: 5, failed: 1, cancelled: 0 };

export const usersFixture = (): UserUsageList => ({
  items: [
    {
      id: "admin-1",
      email: "ada@example.com",
      display_name: "Ada",
      role: "admin",
      disabled: false,
      created_at: "2025-01-02T09:00:00Z",
      stories: 0,
      images: 0,
      cost_usd: 0,
      stories_total: 0,
      characters_total: 0,
    },
    {
      id: "user-1",
      email: "sam@example.com",
      display_name: "Sam",
      role: "user",
      disabled: false,
      created_at: "2025-01-15T10:00:00Z",
      stories: 4,
      images: 32,
      cost_usd: 1.28,
      stories_total: 6,
      characters_total: 3,
    },
  ],
  total: 2,
  month: "2025-03",
});

export const safetyFixture = (): SafetyBlocks => ({
  items: [
    {
      at: new Date(Date.now() - 2 * 60_000).toISOString(),
      category: "profanity",
      source: "input",
      field: "name",
      matched: "sh1t",
      user_id: "user-1",
      user_email: "sam@example.com",
      user_name: "Sam",
      path: "/api/characters",
      job_id: null,
    },
    {
      at: new Date(Date.now() - 60 * 60_000).toISOString(),
      category: "violence",
      source: "output",
      field: null,
      matched: null,
      user_id: "user-1",
      path: null,
      job_id: "job-2",
    },
  ],
  by_category: { profanity: 1, violence: 1 },
  kept: "ring (memory per process, or Redis) + failed jobs (database)",
});

export const seriesFixture = (n = 72, step = 5): TimeSeries => {
  const start = Date.parse("2025-03-01T04:05:00Z");
  const points: SeriesPoint[] = Array.from({ length: n }, (_, i) => ({
    start: new Date(start + i * step * 60_000).toISOString(),
    requests: i % 4 === 0 ? 10 : 2,
    errors: i === n - 1 ? 1 : 0,
    latency_avg_ms: i % 4 === 0 ? 12.5 : null,
    latency_p95_ms: i % 4 === 0 ? 50 : null,
    jobs_created: i === 3 ? 2 : 0,
    jobs_succeeded: i === 4 ? 1 : 0,
    jobs_failed: i === 5 ? 1 : 0,
    cost_usd: i === 4 ? 0.0425 : 0,
    provider_calls: i === 4 ? 9 : 0,
  }));
  return {
    step_minutes: step,
    points,
    sources: { "requests, errors, latency": "each server process, per minute", jobs: "jobs table" },
  };
};
