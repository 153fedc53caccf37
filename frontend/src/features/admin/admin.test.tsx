import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { AdminJob } from "@/api/types";
import { useSession } from "@/lib/session";
import {
  adminJobFixture,
  adminUser,
  counts,
  failedJobFixture,
  healthFixture,
  safetyFixture,
  seriesFixture,
  usersFixture,
} from "@/testing/admin";
import { json, mockFetch, mockSignedInReads, problem, testUser, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

function signInAs(user = adminUser) {
  useSession.getState().signIn(tokens("t", user));
}

/** An admin API with one running job and one failed one. */
function mockAdminApi(fetch: FetchMock, jobs: { failed: AdminJob[] } = { failed: [failedJobFixture()] }) {
  mockSignedInReads(fetch, adminUser);
  return fetch
    .on("GET", "/api/admin/health", () => json(healthFixture()))
    .on("GET", "/api/admin/jobs", (r) => {
      const state = new URL(r.url).searchParams.get("state");
      const running = [adminJobFixture()];
      const items = state === "failed" ? jobs.failed : state === "all" ? [...running, ...jobs.failed] : running;
      return json({ items, counts: { ...counts, failed: jobs.failed.length } });
    })
    .on("GET", "/api/admin/users", () => json(usersFixture()))
    .on("GET", "/api/admin/safety-blocks", () => json(safetyFixture()))
    .on("GET", "/api/admin/timeseries", () => json(seriesFixture()));
}

describe("the admin area", () => {
  let fetch: FetchMock;

  beforeEach(() => {
    fetch = mockFetch();
  });

  it("tells a user who is not an admin, kindly, and offers no Admin link", async () => {
    mockSignedInReads(fetch);
    signInAs(testUser);
    renderApp("/admin");
    expect(
      await screen.findByRole("heading", { level: 1, name: "This area is for administrators" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to your dashboard" })).toHaveAttribute("href", "/");
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).queryByRole("link", { name: "Admin" })).toBeNull();
    expect(fetch.callsTo("GET", "/api/admin/health")).toHaveLength(0);
  });

  it("refuses kindly when the server says the role is gone (403)", async () => {
    fetch.on("GET", "/api/admin/health", () => problem(403, "forbidden"));
    mockAdminApi(fetch);
    signInAs();
    renderApp("/admin");
    expect(await screen.findByRole("heading", { name: "This area is for administrators" })).toBeInTheDocument();
  });

  it("shows an admin every section: health in words, jobs, users, safety blocks and charts", async () => {
    mockAdminApi(fetch);
    signInAs();
    renderApp("/admin");
    expect(await screen.findByRole("heading", { level: 1, name: "Admin" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Admin" })).toHaveAttribute("href", "/admin");
    expect(within(screen.getByRole("navigation", { name: "Admin sections" })).getAllByRole("link")).toHaveLength(5);

    const health = screen.getByRole("region", { name: "Health" });
    const components = await within(health).findByRole("list", { name: "Components" });
    const items = within(components).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Database✓Working\s*sqliteAnswered in 1 ms$/),
      expect.stringMatching(/^Redis–Off\s*not configured/),
      expect.stringMatching(/^Job runner✓Working/),
      expect.stringMatching(/^Provider: llm!Degraded\s*circuit breaker open/),
    ]);
    expect(health).toHaveTextContent("Something is degraded");
    expect(health).toHaveTextContent("up 1 h 2 min");

    const jobs = screen.getByRole("region", { name: "Jobs" });
    expect(within(jobs).getByRole("tab", { name: /In flight/, selected: true })).toBeInTheDocument();
    const running = await within(jobs).findByRole("list", { name: "In flight jobs" });
    expect(running).toHaveTextContent("Maya and the Moon");
    expect(running).toHaveTextContent("sam@example.com");
    expect(running).toHaveTextContent("Running");
    expect(running).toHaveTextContent("3 of 8 drawn");
    expect(running).toHaveTextContent("5 minutes ago");
    expect(within(running).queryByRole("button", { name: /Retry/ })).toBeNull();
    expect(within(jobs).getByRole("tab", { name: "In flight (1)" })).toBeInTheDocument();
    expect(within(jobs).getByRole("tab", { name: "Failed (1)" })).toBeInTheDocument();
    expect(within(jobs).getByRole("tab", { name: "All (7)" })).toBeInTheDocument();

    const users = screen.getByRole("region", { name: "Users" });
    const table = await within(users).findByRole("table", { name: /Users and their usage in March 2025/ });
    const sam = within(table).getByRole("row", { name: /Sam/ });
    expect(within(sam).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "User",
      "4",
      "32",
      "$1.28",
      "6 / 3",
      expect.any(String),
      "DisableMake adminReset password",
    ]);
    expect(within(table).getByRole("row", { name: /Ada/ })).toHaveTextContent("Admin");
    expect(users).toHaveTextContent("Showing 2 of 2 users.");

    const safety = screen.getByRole("region", { name: "Safety blocks" });
    const blocks = await within(safety).findByRole("list", { name: "Recent blocks" });
    const [typed, written] = within(blocks).getAllByRole("listitem");
    expect(typed).toHaveTextContent("Rude words (profanity)");
    expect(typed).toHaveTextContent("Typed by a user");
    expect(typed).toHaveTextContent("2 minutes ago");
    expect(typed).toHaveTextContent("The “name” field of /api/characters");
    expect(typed).toHaveTextContent("“sh1t”");
    expect(written).toHaveTextContent("Violence (violence)");
    expect(written).toHaveTextContent("job job-2");
    expect(within(safety).getByRole("list", { name: "Blocks by category" })).toHaveTextContent("Rude words (profanity): 1");

    const charts = screen.getByRole("region", { name: "The last hours" });
    for (const name of ["Requests", "Latency", "Jobs", "Cost"]) {
      expect(await within(charts).findByRole("img", { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
    expect(within(charts).getByRole("img", { name: /^Requests/ })).toHaveAccessibleName(
      "Requests 288 requests in the last 6 hours, 1 server error among them. Latest 5-minute point: 2 requests.",
    );
    expect(within(charts).getByRole("img", { name: /^Latency/ })).toHaveAccessibleName(/Latest average 13 ms/);
    expect(within(charts).getByRole("img", { name: /^Jobs/ })).toHaveAccessibleName(
      "Jobs 2 jobs started, 1 finished and 1 failed in the last 6 hours.",
    );
    expect(within(charts).getByRole("img", { name: /^Cost/ })).toHaveAccessibleName(/\$0\.04 estimated provider cost over 9 provider calls/);
  });

  it("gives every chart's points as a table too", async () => {
    mockAdminApi(fetch);
    signInAs();
    const { user } = renderApp("/admin");
    const charts = await screen.findByRole("region", { name: "The last hours" });
    await user.click(await within(charts).findByText("Requests: every point as a table"));
    const figures = within(charts).getByRole("region", { name: "Requests figures" });
    const rows = within(figures).getAllByRole("row");
    expect(rows).toHaveLength(73);
    expect(within(rows[0]!).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(["From", "Requests", "Server errors"]);
    expect(within(rows[1]!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["10", "0"]);
  });

  it("retries a failed job: a toast says so and the list is refreshed", async () => {
    const failed = { failed: [failedJobFixture()] };
    mockAdminApi(fetch, failed);
    fetch.on("POST", "/api/admin/jobs/job-2/retry", () => {
      failed.failed = [];
      return json(failedJobFixture({ status: "queued", error: null, error_code: null }), { status: 202 });
    });
    signInAs();
    const { user } = renderApp("/admin");
    const jobs = await screen.findByRole("region", { name: "Jobs" });
    await user.click(within(jobs).getByRole("tab", { name: /Failed/ }));
    const list = await within(jobs).findByRole("list", { name: "Failed jobs" });
    expect(list).toHaveTextContent("Why it stopped: The story engine kept writing words unsuitable");
    expect(list).toHaveTextContent("(unsafe_output)");
    await user.click(within(list).getByRole("button", { name: "Retry Biscuit's Big Day" }));

    const toast = await screen.findByRole("alertdialog");
    expect(toast).toHaveTextContent("Job queued again");
    expect(toast).toHaveTextContent("“Biscuit's Big Day” carries on after the write step.");
    expect(await within(jobs).findByText("No failed jobs. Nothing to retry.")).toBeInTheDocument();
    expect(within(jobs).getByRole("tab", { name: "Failed (0)" })).toBeInTheDocument();
    expect(fetch.callsTo("POST", "/api/admin/jobs/job-2/retry")[0]!.headers.get("Authorization")).toBe("Bearer t");
  });

  it("acts on a user: disable, make admin, a reset link; never on yourself", async () => {
    mockAdminApi(fetch);
    fetch.on("PATCH", "/api/admin/users/user-1", async (r) => {
      const body = (await r.json()) as { disabled?: boolean; role?: string };
      return json({ id: "user-1", email: "sam@example.com", display_name: "Sam", role: body.role ?? "user", disabled: body.disabled ?? false });
    });
    fetch.on("POST", "/api/admin/users/user-1/reset-link", () =>
      json({ url: "http://localhost:8000/reset?token=abc123", expires_at: "2025-03-01T10:30:00Z" }, { status: 201 }),
    );
    signInAs(); // adminUser is admin-1
    const { user } = renderApp("/admin");
    const users = await screen.findByRole("region", { name: "Users" });
    await within(users).findByText("sam@example.com");
    expect(within(users).queryByRole("button", { name: /ada@example.com/ })).not.toBeInTheDocument();

    await user.click(within(users).getByRole("button", { name: "Disable sam@example.com" }));
    expect(await screen.findByRole("alertdialog")).toHaveTextContent("Sam (sam@example.com) is now disabled");
    expect(await fetch.callsTo("PATCH", "/api/admin/users/user-1")[0]!.json()).toEqual({ disabled: true });

    await user.click(within(users).getByRole("button", { name: "Make admin: sam@example.com" }));
    await waitFor(() => {
      expect(fetch.callsTo("PATCH", "/api/admin/users/user-1")).toHaveLength(2);
    });
    expect(await fetch.callsTo("PATCH", "/api/admin/users/user-1")[1]!.json()).toEqual({ role: "admin" });

    await user.click(within(users).getByRole("button", { name: "Reset password of sam@example.com" }));
    expect(await within(users).findByLabelText("Reset link")).toHaveTextContent("http://localhost:8000/reset?token=abc123");
  });

  it("says who a safety block came from", async () => {
    mockAdminApi(fetch);
    signInAs();
    renderApp("/admin");
    const safety = await screen.findByRole("region", { name: "Safety blocks" });
    expect(await within(safety).findByText("Sam (sam@example.com)")).toBeInTheDocument();
  });

  it("says why a retry was refused", async () => {
    mockAdminApi(fetch);
    fetch.on("POST", "/api/admin/jobs/job-2/retry", () =>
      problem(409, "job_not_final", { title: "Job is not finished", detail: "Only failed or cancelled jobs can be retried." }),
    );
    signInAs();
    const { user } = renderApp("/admin");
    const jobs = await screen.findByRole("region", { name: "Jobs" });
    await user.click(within(jobs).getByRole("tab", { name: /Failed/ }));
    await user.click(await within(jobs).findByRole("button", { name: /^Retry/ }));
    expect(await screen.findByRole("alertdialog")).toHaveTextContent("Only failed or cancelled jobs can be retried.");
  });

  it("shows placeholders, announced, while a section loads", async () => {
    let answer: (r: Response) => void = () => undefined;
    fetch.on("GET", "/api/admin/health", () => new Promise<Response>((resolve) => (answer = resolve)));
    mockAdminApi(fetch);
    signInAs();
    renderApp("/admin");
    const health = await screen.findByRole("region", { name: "Health" });
    expect(within(health).getByRole("status")).toHaveTextContent("Checking every component…");
    answer(json(healthFixture()));
    expect(await within(health).findByRole("list", { name: "Components" })).toBeInTheDocument();
    expect(within(health).queryByText("Checking every component…")).toBeNull();
  });

  it("shows a section's error with a way to try again, leaving the others alone", async () => {
    mockAdminApi(fetch);
    fetch.once("GET", "/api/admin/users", () => problem(500, "internal_error"));
    signInAs();
    const { user } = renderApp("/admin");
    const users = await screen.findByRole("region", { name: "Users" });
    expect(await within(users).findByText("Something went wrong on our side")).toBeInTheDocument();
    expect(await screen.findByRole("list", { name: "Components" })).toBeInTheDocument();
    await user.click(within(users).getByRole("button", { name: "Try again" }));
    expect(await within(users).findByRole("table")).toBeInTheDocument();
  });

  it("searches users by name or e-mail", async () => {
    mockAdminApi(fetch);
    signInAs();
    const { user } = renderApp("/admin");
    const users = await screen.findByRole("region", { name: "Users" });
    await user.type(within(users).getByLabelText("Search by name or e-mail"), "sam");
    await waitFor(() => {
      expect(fetch.callsTo("GET", "/api/admin/users").some((r) => new URL(r.url).searchParams.get("q") === "sam")).toBe(true);
    });
  });

  it("asks for another time span", async () => {
    mockAdminApi(fetch);
    signInAs();
    const { user } = renderApp("/admin");
    const charts = await screen.findByRole("region", { name: "The last hours" });
    await within(charts).findByRole("img", { name: /^Requests/ });
    await user.selectOptions(within(charts).getByLabelText("Time span"), "24");
    await waitFor(() => {
      const asked = fetch.callsTo("GET", "/api/admin/timeseries").map((r) => new URL(r.url).search);
      expect(asked).toContain("?hours=24&step_minutes=15");
    });
  });
});

describe("the admin area over time", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("checks health again every 15 seconds", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetch = mockFetch();
    mockAdminApi(fetch);
    signInAs();
    renderApp("/admin");
    await screen.findByRole("list", { name: "Components" });
    const before = fetch.callsTo("GET", "/api/admin/health").length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    await waitFor(() => {
      expect(fetch.callsTo("GET", "/api/admin/health").length).toBeGreaterThan(before);
    });
  });
});
