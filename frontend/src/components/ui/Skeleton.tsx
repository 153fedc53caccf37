import type { Ref } from "react";

import { cx } from "@/lib/cx";

/** A grey placeholder shape while something loads. Hidden from screen readers. */
export function Skeleton({ className, ref }: { className?: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      aria-hidden="true"
      className={cx("rounded-xl bg-sand-dark/60 motion-safe:animate-pulse", className)}
    />
  );
}

/**
 * A page-sized loading state: never a blank screen, and announced once. At least a screen
 * tall, so the footer is already below the fold: the page arriving does not throw it down
 * (a layout shift over the whole screen).
 */
export function PageSkeleton({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="flex min-h-dvh flex-col gap-4">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-10 w-2/3 max-w-md" />
      <Skeleton className="h-5 w-1/2 max-w-sm" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="h-40" />
        <Skeleton className="h-40" />
      </div>
    </div>
  );
}
