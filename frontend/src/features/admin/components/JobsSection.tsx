import { useRef, useState, type ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";

import type { AdminJob } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Skeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";

import { useAdminJobs, useRetryJob, type JobTab } from "../api";
import { count } from "../format";
import { Facts, JobStatusBadge, Loading, LoadError, When } from "./parts";

const TABS: { id: JobTab; label: string; empty: string }[] = [
  { id: "in_flight", label: "In flight", empty: "No jobs are waiting or running right now." },
  { id: "failed", label: "Failed", empty: "No failed jobs. Nothing to retry." },
  { id: "all", label: "All", empty: "No jobs yet: nobody has made a book." },
];

const tabClass =
  "inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-full border-2 border-clay px-4 py-2 " +
  "font-bold text-ink outline-none data-[hovered]:bg-clay-light " +
  "data-[selected]:bg-clay data-[selected]:text-white data-[selected]:data-[hovered]:bg-clay-dark";

function tally(counts: Record<string, number> | undefined, tab: JobTab): number | null {
  if (!counts) return null;
  if (tab === "in_flight") return (counts.queued ?? 0) + (counts.running ?? 0);
  if (tab === "failed") return counts.failed ?? 0;
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Jobs of every user: in flight, failed (with Retry) or all; follows them every 15 s. */
export function JobsSection() {
  const [tab, setTab] = useState<JobTab>("in_flight");
  // The selected list's answer carries the totals by status for every tab's label.
  const counts = useAdminJobs(tab).data?.counts;
  return (
    <Card title="Jobs" id="jobs">
      <Tabs
        selectedKey={tab}
        onSelectionChange={(key) => {
          setTab(key as JobTab);
        }}
      >
        <TabList aria-label="Which jobs" className="flex flex-wrap gap-2">
          {TABS.map((t) => {
            const n = tally(counts, t.id);
            return (
              <Tab key={t.id} id={t.id} className={tabClass}>
                {n === null ? t.label : `${t.label} (${count(n)})`}
              </Tab>
            );
          })}
        </TabList>
        {TABS.map((t) => (
          <TabPanel key={t.id} id={t.id} className="mt-4 rounded-xl">
            <JobList tab={t.id} label={t.label} empty={t.empty} />
          </TabPanel>
        ))}
      </Tabs>
    </Card>
  );
}

function JobList({ tab, label, empty }: { tab: JobTab; label: string; empty: string }) {
  const jobs = useAdminJobs(tab);
  const retry = useRetryJob();
  // A retried job leaves the failed list with its button: keep keyboard focus on the list.
  const list = useRef<HTMLDivElement>(null);
  if (jobs.isPending) {
    return (
      <Loading label="Loading jobs…">
        <Skeleton className="h-32" />
        <Skeleton className="h-32" />
      </Loading>
    );
  }
  if (jobs.isError) return <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  const items = jobs.data.items;
  const keepFocus = () => {
    const active = document.activeElement;
    if (!active || active === document.body || list.current?.contains(active)) list.current?.focus();
  };
  return (
    <div ref={list} tabIndex={-1} className="rounded-xl outline-none">
      {items.length === 0 ? (
        <p className="rounded-2xl bg-cream p-4">{empty}</p>
      ) : (
        <ul aria-label={`${label} jobs`} className="flex flex-col gap-3">
          {items.map((job) => (
            <JobItem
              key={job.id}
              job={job}
              retrying={retry.isPending && retry.variables === job.id}
              onRetry={() => {
                retry.mutate(job.id, { onSettled: keepFocus });
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function JobItem({ job, retrying, onRetry }: { job: AdminJob; retrying: boolean; onRetry: () => void }) {
  const title = job.story_title || "Untitled story";
  const final = job.status === "failed" || job.status === "cancelled";
  const facts: [string, ReactNode][] = [
    ["Owner", <span className="break-all">{job.owner_email ?? "a deleted account"}</span>],
    ["Step", job.step ?? "not started"],
    ["Done up to", job.finished_step ?? "no step yet"],
    ["Pages", `${job.pages_done} of ${job.pages_total || "?"} drawn`],
    ["Attempts", count(job.attempts)],
    ["Changed", <When iso={job.updated_at} />],
  ];
  const inFlight = job.status === "queued" || job.status === "running";
  if (inFlight && job.message) facts.splice(1, 0, ["Now", job.message]);
  if (job.lease_owner) facts.push(["Running on", job.lease_owner]);
  if (job.text_engine || job.image_engine) {
    facts.push(["Engines", [job.text_engine, job.image_engine].filter(Boolean).join(", ")]);
  }
  return (
    <li className={cx("rounded-2xl border-2 bg-cream p-4", final ? "border-berry" : "border-sand-dark")}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-lg break-words">{title}</h3>
        <JobStatusBadge status={job.status} />
      </div>
      <Facts items={facts} />
      {job.error && (
        <p className="mt-3 rounded-xl bg-berry-light p-3 text-base break-words">
          <strong>Why it stopped:</strong> {job.error}
          {job.error_code && <span className="text-ink-soft"> ({job.error_code})</span>}
        </p>
      )}
      {final && (
        <Button
          variant="secondary"
          className="mt-3"
          aria-label={`Retry ${title}`}
          isDisabled={retrying}
          onPress={onRetry}
        >
          {retrying ? "Retrying…" : "Retry"}
        </Button>
      )}
    </li>
  );
}
