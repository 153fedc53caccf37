import { useState } from "react";

import type { SeriesPoint } from "@/api/types";
import { Card } from "@/components/ui/Card";
import { SelectField } from "@/components/ui/Fields";
import { Skeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";

import { SPANS, useTimeSeries, type Span } from "../api";
import { latest, peak, total } from "../chart";
import { count, milliseconds, money, plural } from "../format";
import { LineChart } from "./LineChart";
import { Loading, LoadError } from "./parts";

/** Requests, latency, jobs and cost over the last hours, from the server's own figures. */
export function ChartsSection() {
  const [span, setSpan] = useState<Span>("6");
  const series = useTimeSeries(span);
  const data = series.data;
  return (
    <Card title="The last hours" id="charts">
      <SelectField<Span>
        label="Time span"
        className="max-w-xs"
        value={span}
        options={Object.entries(SPANS).map(([value, s]) => ({ value: value as Span, label: s.label }))}
        onChange={(value) => {
          if (value) setSpan(value);
        }}
      />
      <div className="mt-4">
        {series.isPending && (
          <Loading label="Loading the charts…">
            <div className="grid gap-4 lg:grid-cols-2">
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} className="h-72" />
              ))}
            </div>
          </Loading>
        )}
        {series.isError && !data && <LoadError error={series.error} onRetry={() => void series.refetch()} />}
        {data && (
          <>
            <div
              aria-busy={series.isPlaceholderData}
              className={cx("grid gap-4 lg:grid-cols-2", series.isPlaceholderData && "opacity-60")}
            >
              <Charts points={data.points} span={SPANS[span].label.toLowerCase()} step={data.step_minutes} />
            </div>
            <details className="mt-4 text-base">
              <summary className="inline-flex min-h-12 cursor-pointer items-center font-bold text-sky underline underline-offset-4">
                Where these figures come from
              </summary>
              <dl className="mt-1 grid gap-1">
                {Object.entries(data.sources).map(([what, from]) => (
                  <div key={what}>
                    <dt className="inline font-bold">{what}: </dt>
                    <dd className="inline">{from}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </>
        )}
      </div>
    </Card>
  );
}

function Charts({ points, span, step }: { points: SeriesPoint[]; span: string; step: number }) {
  const times = points.map((p) => p.start);
  const pick = <K extends keyof SeriesPoint>(key: K) => points.map((p) => p[key]);
  const requests = pick("requests");
  const errors = pick("errors");
  const avg = pick("latency_avg_ms");
  const p95 = pick("latency_p95_ms");
  const created = pick("jobs_created");
  const succeeded = pick("jobs_succeeded");
  const failed = pick("jobs_failed");
  const cost = pick("cost_usd");
  const calls = pick("provider_calls");
  const lastAvg = latest(avg);
  const worst = peak(p95);
  const point = `${step}-minute`;

  return (
    <>
      <LineChart
        id="requests"
        title="Requests"
        times={times}
        format={count}
        summary={
          `${plural(total(requests), "request")} in the ${span}, ` +
          `${total(errors) ? `${plural(total(errors), "server error")} among them` : "no server errors"}. ` +
          `Latest ${point} point: ${plural(requests.at(-1) ?? 0, "request")}.`
        }
        lines={[
          { label: "Requests", values: requests, stroke: "stroke-sky" },
          { label: "Server errors", values: errors, stroke: "stroke-berry", dash: "6 5" },
        ]}
      />
      <LineChart
        id="latency"
        title="Latency"
        times={times}
        format={milliseconds}
        summary={
          lastAvg === null
            ? `No requests measured in the ${span}.`
            : `Latest average ${milliseconds(lastAvg)}; the slowest 5% took up to ${milliseconds(worst ?? lastAvg)} at worst in the ${span}.`
        }
        lines={[
          { label: "Average", values: avg, stroke: "stroke-sky" },
          { label: "95th percentile", values: p95, stroke: "stroke-clay", dash: "6 5" },
        ]}
      />
      <LineChart
        id="jobs"
        title="Jobs"
        times={times}
        format={count}
        summary={`${plural(total(created), "job")} started, ${count(total(succeeded))} finished and ${count(total(failed))} failed in the ${span}.`}
        lines={[
          { label: "Started", values: created, stroke: "stroke-sky" },
          { label: "Finished", values: succeeded, stroke: "stroke-leaf", dash: "6 5" },
          { label: "Failed", values: failed, stroke: "stroke-berry", dash: "2 4" },
        ]}
      />
      <LineChart
        id="cost"
        title="Cost"
        times={times}
        format={money}
        summary={`${money(total(cost))} estimated provider cost over ${plural(total(calls), "provider call")} in the ${span}.`}
        lines={[{ label: "Estimated cost (USD)", values: cost, stroke: "stroke-leaf" }]}
      />
    </>
  );
}
