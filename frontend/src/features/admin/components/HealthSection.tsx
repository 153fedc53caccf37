import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Skeleton } from "@/components/ui/Skeleton";

import { HEALTH_REFRESH_MS, useAdminHealth } from "../api";
import { clock, componentName, duration, milliseconds } from "../format";
import { Loading, LoadError, StatusBadge } from "./parts";

const OVERALL = {
  ok: "Everything is working.",
  off: "Everything is working.",
  degraded: "Something is degraded: the service runs, but not at its best.",
  down: "Something is down: parts of the service fail.",
} as const;

/** Every component's status, in words and symbols, re-checked every 15 seconds. */
export function HealthSection() {
  const health = useAdminHealth();
  const h = health.data;
  return (
    <Card title="Health" id="health">
      {health.isPending && (
        <Loading label="Checking every component…">
          <Skeleton className="h-8 w-2/3" />
          <div className="grid gap-3 sm:grid-cols-2">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} className="h-24" />
            ))}
          </div>
        </Loading>
      )}
      {health.isError && !h && <LoadError error={health.error} onRetry={() => void health.refetch()} />}
      {h && (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <StatusBadge status={h.status} />
            <p className="font-bold">{OVERALL[h.status]}</p>
          </div>
          <p className="mt-2 text-base text-ink-soft">
            Version {h.version} · process {h.pid}, up {duration(h.uptime_seconds)} · checked at{" "}
            {clock(health.dataUpdatedAt)}, again every {HEALTH_REFRESH_MS / 1000} seconds.
          </p>
          {health.isError && (
            <p className="mt-2 font-bold text-berry">
              The last check failed; these are the results of the one before.
            </p>
          )}
          <ul aria-label="Components" className="mt-4 grid gap-3 sm:grid-cols-2">
            {Object.entries(h.components).map(([key, c]) => (
              <li key={key} className="flex flex-col gap-1 rounded-2xl border-2 border-sand-dark bg-cream p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-lg break-words">{componentName(key)}</h3>
                  <StatusBadge status={c.status} />
                </div>
                {c.detail && <p className="text-base break-words">{c.detail}</p>}
                {c.latency_ms != null && (
                  <p className="text-base text-ink-soft">Answered in {milliseconds(c.latency_ms)}</p>
                )}
              </li>
            ))}
          </ul>
          <Button variant="secondary" className="mt-4" onPress={() => void health.refetch()}>
            Check now
          </Button>
        </>
      )}
    </Card>
  );
}
