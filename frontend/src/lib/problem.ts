/**
 * Errors from the API arrive as RFC 9457 problem+json with a stable `code`. This turns
 * them (and network failures) into messages written for a parent, not a developer.
 */
import type { FieldError, Problem } from "@/api/types";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem | null;
  /** Seconds to wait before trying again (429), from the body or the Retry-After header. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem | null, retryAfter: number | null) {
    super(problem?.detail ?? `Request failed with status ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? "network_error" : "http_error");
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  get requestId(): string | null {
    return this.problem?.request_id ?? null;
  }
}

/** The request never got an answer (offline, server down, DNS...). */
export class NetworkError extends ApiError {
  constructor() {
    super(0, null, null);
    this.name = "NetworkError";
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { status?: unknown }).status === "number"
  );
}

/** Seconds from a Retry-After header: either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Build an ApiError from an openapi-fetch `{ error, response }` pair. */
export function toApiError(body: unknown, response: Response): ApiError {
  const problem = isProblem(body) ? body : null;
  const retryAfter =
    problem?.retry_after ?? parseRetryAfter(response.headers.get("Retry-After")) ?? null;
  return new ApiError(response.status, problem, retryAfter);
}

/** "30 seconds", "about 2 minutes", "about 1 hour". */
export function describeWait(seconds: number): string {
  if (seconds <= 1) return "a moment";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "about a minute" : `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? "about an hour" : `about ${hours} hours`;
}

export interface FriendlyMessage {
  title: string;
  message: string;
  /** Worth offering a "Try again" button (the same request may well work later). */
  retryable: boolean;
}

const BY_CODE: Record<string, Omit<FriendlyMessage, "retryable"> & { retryable?: boolean }> = {
  reset_link_invalid: {
    title: "This reset link doesn't work",
    message: "It may have expired or been used already. Ask for a new link.",
  },
  reset_email_unavailable: {
    title: "Email isn't set up here",
    message:
      "This Storyloom can't send email. Ask the person who runs it for a password reset link.",
  },
  email_taken: {
    title: "That email is already in use",
    message: "There's already an account with this email address. Try logging in instead.",
  },
  wrong_password: {
    title: "Current password isn't right",
    message: "The current password you typed isn't right. Please check it and try again.",
  },
  session_expired: {
    title: "You've been signed out",
    message: "Your session has ended. Please log in again to carry on.",
  },
  invalid_token: {
    title: "You've been signed out",
    message: "Your session has ended. Please log in again to carry on.",
  },
  unauthorized: {
    title: "Please log in",
    message: "You need to be logged in to do that.",
  },
  account_disabled: {
    title: "This account is switched off",
    message: "This account has been disabled. Please contact the person who runs this Storyloom.",
  },
  validation_failed: {
    title: "Some details need fixing",
    message: "Some details need a second look. Please check the highlighted fields.",
  },
  not_found: {
    title: "We couldn't find that",
    message: "It may have been removed, or the link may be wrong.",
  },
  forbidden: {
    title: "That isn't allowed",
    message: "Your account can't do that.",
  },
  payload_too_large: {
    title: "That's too big",
    message: "What you sent is too large. Please try something smaller.",
  },
};

/** Safety categories in everyday words. */
export const SAFETY_CATEGORIES: Record<string, string> = {
  violence: "violence",
  weapons: "weapons",
  sexual: "grown-up content",
  sexual_content: "grown-up content",
  profanity: "rude words",
  self_harm: "self-harm",
  drugs: "drugs or alcohol",
  drugs_alcohol: "drugs or alcohol",
  hate: "hurtful words",
  abuse: "unsafe behaviour",
  abuse_grooming: "unsafe behaviour",
  dangerous_acts: "dangerous activities",
  horror: "scary content",
};

export function safetyCategory(error: ApiError): string {
  const raw = error.problem?.["category"];
  const key = typeof raw === "string" ? raw : "";
  return SAFETY_CATEGORIES[key] ?? (key.replace(/_/g, " ") || "unsuitable content");
}

/** Where the safety check objected (character offsets into what was sent) and what to
 * try instead, when the server says. */
export function refusal(error: ApiError): { span: [number, number] | null; suggestion: string | null } | null {
  if (error.code !== "unsafe_content") return null;
  const raw = error.problem?.["span"];
  const span =
    Array.isArray(raw) && raw.length === 2 && raw.every((n) => typeof n === "number")
      ? ([raw[0], raw[1]] as [number, number])
      : null;
  const hint = error.problem?.["suggestion"];
  return { span, suggestion: typeof hint === "string" && hint ? hint : null };
}

/** The words the safety check objected to, when the server says. */
export function blockedWords(error: ApiError): string | null {
  const matched = error.problem?.["matched"];
  return typeof matched === "string" && matched ? matched : null;
}

/** Tries left for this email before its sign-in pauses (a wrong password), when said. */
export function triesLeft(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== "invalid_credentials") return null;
  const left = error.problem?.["tries_left"];
  return typeof left === "number" ? left : null;
}

function wrongPasswordMessage(error: ApiError): string {
  const base = "That email and password don't match an account.";
  const left = triesLeft(error);
  if (left === null) return `${base} Check them and try again.`;
  if (left > 0) {
    return `${base} ${left === 1 ? "1 try" : `${left} tries`} left before sign-in for this email pauses.`;
  }
  return `${base} Sign-in for this email is now paused for ${describeWait(
    error.retryAfter ?? 60,
  )}. You can reset your password instead.`;
}

/** A parent-friendly title and message for any error thrown by the API layer. */
export function friendlyMessage(error: unknown): FriendlyMessage {
  if (error instanceof NetworkError || (error instanceof TypeError && !(error instanceof ApiError))) {
    return {
      title: "We couldn't reach Storyloom",
      message: "Check your internet connection, then try again.",
      retryable: true,
    };
  }
  if (!(error instanceof ApiError)) {
    return {
      title: "Something went wrong",
      message: "Something unexpected happened. Please try again.",
      retryable: true,
    };
  }
  if (error.code === "invalid_credentials") {
    return { title: "We couldn't log you in", message: wrongPasswordMessage(error), retryable: false };
  }
  if (error.code === "login_paused") {
    return {
      title: "Sign-in paused for this email",
      message: `Too many wrong passwords for this email. Please wait ${describeWait(
        error.retryAfter ?? 60,
      )}, or reset your password.`,
      retryable: true,
    };
  }
  if (error.status === 429) {
    const wait = error.retryAfter;
    return {
      title: "Too many tries",
      message:
        wait !== null
          ? `Please wait ${describeWait(wait)} before trying again.`
          : "Please wait a little while before trying again.",
      retryable: true,
    };
  }
  if (error.code === "unsafe_content") {
    const words = blockedWords(error);
    return {
      title: "Let's pick different words",
      message: `That isn't right for a children's book (${safetyCategory(error)})${
        words ? `: please change “${words}”` : ""
      }.`,
      retryable: false,
    };
  }
  if (error.code === "quota_exceeded") {
    return {
      title: "You've reached this month's limit",
      message:
        error.problem?.detail ??
        "You've made as many books as your plan allows this month. It resets next month.",
      retryable: false,
    };
  }
  if (error.code.startsWith("provider_")) {
    return {
      title: "The picture studio is busy",
      message: "We couldn't draw that just now. Please try again in a moment.",
      retryable: true,
    };
  }
  if (error.code === "weak_password") {
    return {
      title: "Please choose a different password",
      message: error.problem?.detail ?? "That password can't be used. Please choose another.",
      retryable: false,
    };
  }
  const known = BY_CODE[error.code];
  if (known) return { retryable: false, ...known };
  if (error.status >= 500) {
    const ref = error.requestId ? ` (reference ${error.requestId.slice(0, 8)})` : "";
    return {
      title: "Something went wrong on our side",
      message: `This wasn't your fault. Please try again in a moment${ref}.`,
      retryable: true,
    };
  }
  return {
    title: error.problem?.title ?? "Something went wrong",
    message: error.problem?.detail ?? "Please try again.",
    retryable: error.status === 408 || error.status === 503,
  };
}
