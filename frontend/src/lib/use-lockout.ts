import { useEffect, useState } from "react";

import { ApiError } from "./problem";

/**
 * After a 429, the time the form may be sent again; cleared by itself when it passes.
 * `lock(error)` takes any error and locks only for rate limits.
 */
export function useLockout(): {
  until: Date | null;
  lock: (error: unknown) => void;
} {
  const [until, setUntil] = useState<Date | null>(null);
  useEffect(() => {
    if (!until) return;
    const timer = window.setTimeout(
      () => {
        setUntil(null);
      },
      Math.max(0, until.getTime() - Date.now()),
    );
    return () => {
      window.clearTimeout(timer);
    };
  }, [until]);
  return {
    until,
    lock: (error) => {
      if (error instanceof ApiError && error.status === 429) {
        setUntil(new Date(Date.now() + (error.retryAfter ?? 60) * 1000));
      }
    },
  };
}

export function formatClock(date: Date): string {
  return date.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
}
