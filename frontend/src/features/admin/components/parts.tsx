/** Small pieces shared by the admin sections: status badges, loading and error states. */
import type { ReactNode } from "react";

import type { ComponentStatus } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Skeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";

import { ago, COMPONENT_STATUS, dateTime, JOB_STATUS, STATUS_TONE, type Tone } from "../format";

// Text colours reach 4.5:1 on their backgrounds; the symbol and the word carry the meaning.
const TONES: Record<Tone, string> = {
  good: "border-leaf bg-leaf-light text-leaf",
  warn: "border-clay bg-sand text-clay-dark",
  bad: "border-berry bg-berry-light text-berry",
  neutral: "border-ink-soft bg-cream text-ink-soft",
  info: "border-sky bg-sky-light text-sky",
};

const TONE_SYMBOL: Record<Tone, string> = { good: "✓", warn: "!", bad: "✕", neutral: "–", info: "…" };

export function Badge({ tone, symbol, children }: { tone: Tone; symbol?: string; children: ReactNode }) {
  return (
    <span
      className={cx(
        "inline-flex shrink-0 items-center gap-1.5 rounded-full border-2 px-3 py-0.5 text-base font-bold",
        TONES[tone],
      )}
    >
      <span aria-hidden="true">{symbol ?? TONE_SYMBOL[tone]}</span>
      {children}
    </span>
  );
}

export function StatusBadge({ status }: { status: ComponentStatus }) {
  const { label, symbol } = COMPONENT_STATUS[status];
  return (
    <Badge tone={STATUS_TONE[status]} symbol={symbol}>
      {label}
    </Badge>
  );
}

export function JobStatusBadge({ status }: { status: string }) {
  const known = JOB_STATUS[status];
  return <Badge tone={known?.tone ?? "neutral"}>{known?.label ?? status}</Badge>;
}

/** A section's loading state: a placeholder shape, announced once. */
export function Loading({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div role="status" className="flex flex-col gap-3">
      <span className="sr-only">{label}</span>
      {children ?? (
        <>
          <Skeleton className="h-8 w-1/2" />
          <Skeleton className="h-24" />
        </>
      )}
    </div>
  );
}

/** A section that could not load: what went wrong, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div>
      <ProblemAlert error={error} />
      <Button variant="secondary" className="mt-3" onPress={onRetry}>
        Try again
      </Button>
    </div>
  );
}

/** Label and value pairs, two columns wide enough for a phone. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-base">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-ink-soft">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A moment as "5 minutes ago", with the exact time for machines and on hover. */
export function When({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={dateTime(iso)}>
      {ago(iso)}
    </time>
  );
}
