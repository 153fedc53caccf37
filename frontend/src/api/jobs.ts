/**
 * Following a generation job live: GET /api/jobs/{id}/events read with fetch streaming
 * (EventSource can't send the bearer header). Each event carries the whole job, so after
 * a dropped connection we just reconnect; a 401 refreshes the token once, like the client.
 */
import { SseParser } from "@/lib/sse";
import { useSession } from "@/lib/session";

import { endSession, refreshSession } from "./client";
import type { Job } from "./types";

export const FINAL_STATUSES = new Set(["succeeded", "failed", "cancelled"]);

export function isFinal(job: Pick<Job, "status">): boolean {
  return FINAL_STATUSES.has(job.status);
}

export interface FollowOptions {
  onJob: (job: Job) => void;
  signal: AbortSignal;
  /** Wait between reconnects, in ms (tests use 0). */
  retryDelay?: number;
  maxRetries?: number;
}

async function openStream(jobId: string, signal: AbortSignal): Promise<Response> {
  const call = () => {
    const token = useSession.getState().accessToken;
    return globalThis.fetch(`${window.location.origin}/api/jobs/${encodeURIComponent(jobId)}/events`, {
      headers: { Accept: "text/event-stream", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      signal,
      credentials: "same-origin",
    });
  };
  const response = await call();
  if (response.status !== 401) return response;
  const outcome = await refreshSession();
  if (outcome === "ended") {
    endSession();
    return response;
  }
  return outcome === "ok" ? call() : response;
}

// A function, so TypeScript doesn't treat `aborted` as fixed after the first check.
function isAborted(signal: AbortSignal): boolean {
  return signal.aborted;
}

/**
 * Calls `onJob` with every state of the job until it is final (then resolves with it).
 * Rejects only when aborted or when the server refuses (not found, signed out).
 */
export async function followJob(jobId: string, options: FollowOptions): Promise<Job | null> {
  const { onJob, signal, retryDelay = 1500, maxRetries = 20 } = options;
  const seen: { last: Job | null } = { last: null };
  for (let attempt = 0; attempt <= maxRetries; attempt++) {
    if (signal.aborted) return seen.last;
    try {
      const response = await openStream(jobId, signal);
      if (response.status >= 400 && response.status < 500) {
        throw new Error(`job stream refused: ${response.status}`);
      }
      if (response.ok && response.body) {
        const parser = new SseParser();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of parser.feed(value)) {
            if (event.event !== "progress" && event.event !== "done" && event.event !== "message") continue;
            if (!event.data) continue;
            try {
              const job = JSON.parse(event.data) as Job;
              seen.last = job;
              onJob(job);
            } catch {
              // A malformed event is skipped; the next one carries the whole job again.
            }
          }
          if (seen.last && isFinal(seen.last)) {
            await reader.cancel().catch(() => undefined);
            return seen.last;
          }
        }
        if (seen.last && isFinal(seen.last)) return seen.last;
        attempt = 0; // a clean stream end that wasn't final: reconnect straight away
      }
    } catch (error) {
      if (isAborted(signal)) return seen.last;
      if (error instanceof Error && error.message.startsWith("job stream refused")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, retryDelay));
  }
  return seen.last;
}
