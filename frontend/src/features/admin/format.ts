/** Words and numbers for the admin area: statuses said in words, times in the reader's zone. */
import type { ComponentStatus } from "@/api/types";
import { SAFETY_CATEGORIES } from "@/lib/problem";

/** A status in words, with a symbol so it never rests on colour alone. */
export const COMPONENT_STATUS: Record<ComponentStatus, { label: string; symbol: string }> = {
  ok: { label: "Working", symbol: "✓" },
  degraded: { label: "Degraded", symbol: "!" },
  down: { label: "Down", symbol: "✕" },
  off: { label: "Off", symbol: "–" },
};

export const JOB_STATUS: Record<string, { label: string; tone: Tone }> = {
  queued: { label: "Waiting", tone: "info" },
  running: { label: "Running", tone: "info" },
  succeeded: { label: "Done", tone: "good" },
  failed: { label: "Failed", tone: "bad" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

export type Tone = "good" | "warn" | "bad" | "neutral" | "info";

export const STATUS_TONE: Record<ComponentStatus, Tone> = {
  ok: "good",
  degraded: "warn",
  down: "bad",
  off: "neutral",
};

const COMPONENT_NAMES: Record<string, string> = {
  database: "Database",
  redis: "Redis",
  job_runner: "Job runner",
  media: "Picture storage",
  cache: "Response cache",
};

/** "provider:llm" reads "Provider: llm"; known names get their everyday words. */
export function componentName(key: string): string {
  if (key.startsWith("provider:")) return `Provider: ${key.slice("provider:".length)}`;
  return COMPONENT_NAMES[key] ?? key.replace(/_/g, " ");
}

/** A safety category in everyday words, keeping the code (admins search logs by it). */
export function categoryLabel(category: string): string {
  const words = SAFETY_CATEGORIES[category];
  return words ? `${capitalise(words)} (${category})` : capitalise(category.replace(/_/g, " "));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function money(usd: number): string {
  return new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: "USD",
    // Provider calls cost fractions of a cent; show them rather than "$0.00".
    maximumFractionDigits: usd > 0 && usd < 0.01 ? 4 : 2,
  }).format(usd);
}

export function count(n: number): string {
  return new Intl.NumberFormat().format(n);
}

/** "1 job", "3 jobs". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export function milliseconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`;
}

/** "3 h 12 min", "12 min", "40 s". */
export function duration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function ago(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds < 45) return "just now";
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 48) return rtf.format(-hours, "hour");
  return rtf.format(-Math.round(hours / 24), "day");
}

/** Date and time in the reader's zone, for titles and tables. */
export function dateTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

export function clock(value: string | number | Date): string {
  return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(
    new Date(value),
  );
}

/** "2025-05" reads "May 2025". */
export function monthName(month: string): string {
  const [year, mm] = month.split("-").map(Number);
  if (!year || !mm) return month;
  return new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, mm - 1, 1)),
  );
}
