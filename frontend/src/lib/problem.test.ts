import { describe, expect, it } from "vitest";

import type { Problem } from "@/api/types";

import { ApiError, NetworkError, describeWait, friendlyMessage, parseRetryAfter, toApiError } from "./problem";

function apiError(status: number, code: string, extra: Partial<Problem> = {}, retryAfter: number | null = null) {
  return new ApiError(
    status,
    { type: "t", title: code, status, detail: `detail of ${code}`, code, request_id: "abcdef0123456789", ...extra },
    retryAfter,
  );
}

describe("friendlyMessage", () => {
  it.each([
    ["invalid_credentials", 401, "We couldn't log you in"],
    ["email_taken", 409, "That email is already in use"],
    ["wrong_password", 422, "Current password isn't right"],
    ["session_expired", 401, "You've been signed out"],
    ["account_disabled", 403, "This account is switched off"],
    ["validation_failed", 422, "Some details need fixing"],
    ["not_found", 404, "We couldn't find that"],
  ])("explains %s in plain words", (code, status, title) => {
    const message = friendlyMessage(apiError(status, code));
    expect(message.title).toBe(title);
    expect(message.message).not.toMatch(/status|problem|error code/i);
  });

  it("says when to try again after a rate limit", () => {
    expect(friendlyMessage(apiError(429, "rate_limited", {}, 42))).toMatchObject({
      title: "Too many tries",
      message: "Please wait 42 seconds before trying again.",
      retryable: true,
    });
    expect(friendlyMessage(apiError(429, "rate_limited", {}, 300)).message).toBe(
      "Please wait about 5 minutes before trying again.",
    );
    expect(friendlyMessage(apiError(429, "rate_limited")).message).toMatch(/a little while/);
  });

  it("passes the server's own wording through for a weak password", () => {
    const error = apiError(422, "weak_password", { detail: "This password is too common; choose a less guessable one." });
    expect(friendlyMessage(error).message).toBe("This password is too common; choose a less guessable one.");
  });

  it("blames the network, not the user, when there was no answer", () => {
    expect(friendlyMessage(new NetworkError())).toMatchObject({
      title: "We couldn't reach Storyloom",
      retryable: true,
    });
    expect(friendlyMessage(new TypeError("Failed to fetch")).retryable).toBe(true);
  });

  it("apologises for server errors and gives a short reference", () => {
    const message = friendlyMessage(apiError(500, "internal_error"));
    expect(message.title).toBe("Something went wrong on our side");
    expect(message.message).toContain("reference abcdef01");
    expect(message.retryable).toBe(true);
  });

  it("falls back to the problem's own title and detail for unknown codes", () => {
    expect(friendlyMessage(apiError(409, "story_locked", { title: "Story is locked", detail: "Someone else is editing." }))).toMatchObject({
      title: "Story is locked",
      message: "Someone else is editing.",
    });
    expect(friendlyMessage(new Error("boom")).title).toBe("Something went wrong");
  });
});

describe("toApiError", () => {
  it("reads the problem body and the Retry-After header", () => {
    const response = new Response(null, { status: 429, headers: { "Retry-After": "17" } });
    const error = toApiError({ type: "t", title: "x", status: 429, detail: "d", code: "rate_limited", request_id: null }, response);
    expect(error).toMatchObject({ status: 429, code: "rate_limited", retryAfter: 17 });
  });

  it("copes with a body that is not a problem", () => {
    const error = toApiError("Bad Gateway", new Response(null, { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: "http_error", problem: null });
  });
});

describe("parseRetryAfter and describeWait", () => {
  it("understands seconds and HTTP dates", () => {
    expect(parseRetryAfter("120")).toBe(120);
    const now = Date.parse("2025-01-01T12:00:00Z");
    expect(parseRetryAfter("Wed, 01 Jan 2025 12:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it("rounds waits to friendly units", () => {
    expect(describeWait(1)).toBe("a moment");
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(60)).toBe("about a minute");
    expect(describeWait(3600)).toBe("about an hour");
  });
});
