import { afterEach, describe, expect, it, vi } from "vitest";

import { setNavigator } from "@/lib/navigation";
import { useSession } from "@/lib/session";
import { json, mockFetch, problem, tokens } from "@/testing/fetch-mock";

import { followJob } from "./jobs";
import type { Job } from "./types";

const job = (status: string, pagesDone: number): Job =>
  ({ id: "job-1", status, pages_done: pagesDone, pages_total: 3, story_id: "s1" }) as unknown as Job;

/** An event-stream answer carrying these SSE lines. */
function stream(...chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

const event = (j: Job, name = "progress") => `event: ${name}\ndata: ${JSON.stringify(j)}\n\n`;

describe("followJob (the job event stream)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reports every state and stops at the final one", async () => {
    const fetch = mockFetch();
    fetch.once("GET", "/api/jobs/job-1/events", () =>
      stream(": hi\n\n", event(job("running", 1)), event(job("running", 2)).slice(0, 10), event(job("running", 2)).slice(10), event(job("succeeded", 3), "done")),
    );
    const seen: number[] = [];
    const last = await followJob("job-1", { signal: new AbortController().signal, retryDelay: 0, onJob: (j) => seen.push(j.pages_done) });
    expect(seen).toEqual([1, 2, 3]);
    expect(last?.status).toBe("succeeded");
  });

  it("reconnects after the stream drops (and after a server error) until the job is done", async () => {
    const fetch = mockFetch();
    fetch
      .once("GET", "/api/jobs/job-1/events", () => stream(event(job("running", 1))))
      .once("GET", "/api/jobs/job-1/events", () => problem(503, "unavailable"))
      .once("GET", "/api/jobs/job-1/events", () => {
        throw new TypeError("network down");
      })
      .once("GET", "/api/jobs/job-1/events", () => stream(event(job("running", 2)), event(job("failed", 2), "done")));
    const seen: string[] = [];
    const last = await followJob("job-1", { signal: new AbortController().signal, retryDelay: 0, onJob: (j) => seen.push(`${j.status}:${j.pages_done}`) });
    expect(seen).toEqual(["running:1", "running:2", "failed:2"]);
    expect(last?.status).toBe("failed");
    expect(fetch.callsTo("GET", "/api/jobs/job-1/events")).toHaveLength(4);
  });

  it("refreshes the token once on a 401 and reconnects with the new one", async () => {
    useSession.getState().signIn(tokens("old"));
    const fetch = mockFetch();
    fetch
      .once("GET", "/api/jobs/job-1/events", () => problem(401, "token_expired"))
      .on("POST", "/api/auth/refresh", () => json(tokens("new")))
      .once("GET", "/api/jobs/job-1/events", () => stream(event(job("succeeded", 3), "done")));
    const last = await followJob("job-1", { signal: new AbortController().signal, retryDelay: 0, onJob: () => undefined });
    expect(last?.status).toBe("succeeded");
    const [first, second] = fetch.callsTo("GET", "/api/jobs/job-1/events");
    expect(first?.headers.get("Authorization")).toBe("Bearer old");
    expect(second?.headers.get("Authorization")).toBe("Bearer new");
    expect(fetch.callsTo("POST", "/api/auth/refresh")).toHaveLength(1);
  });

  it("ends the session and gives up when the refresh is refused", async () => {
    useSession.getState().signIn(tokens("old"));
    const go = vi.fn();
    setNavigator({ go, current: () => "/stories/s1/progress" });
    const fetch = mockFetch();
    fetch
      .on("GET", "/api/jobs/job-1/events", () => problem(401, "token_expired"))
      .on("POST", "/api/auth/refresh", () => problem(401, "refresh_invalid"));
    await expect(
      followJob("job-1", { signal: new AbortController().signal, retryDelay: 0, onJob: () => undefined }),
    ).rejects.toThrow(/refused: 401/);
    expect(useSession.getState().status).toBe("signed-out");
    expect(useSession.getState().endReason).toBe("expired");
    expect(go).toHaveBeenCalledWith("/login?next=%2Fstories%2Fs1%2Fprogress");
  });

  it("stops quietly when aborted", async () => {
    const fetch = mockFetch();
    const controller = new AbortController();
    fetch.on("GET", "/api/jobs/job-1/events", () => {
      controller.abort();
      throw new DOMException("aborted", "AbortError");
    });
    await expect(followJob("job-1", { signal: controller.signal, retryDelay: 0, onJob: () => undefined })).resolves.toBeNull();
  });
});
