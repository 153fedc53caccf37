import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link } from "react-router";

import { followJob, isFinal } from "@/api/jobs";
import type { Job } from "@/api/types";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button, LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Skeleton } from "@/components/ui/Skeleton";

import { useActiveJobs, useRecentStories, useUsage } from "../api";

function LiveJob({ initial }: { initial: Job }) {
  const [job, setJob] = useState(initial);
  const queryClient = useQueryClient();
  useEffect(() => {
    if (isFinal(initial)) return;
    const controller = new AbortController();
    followJob(initial.id, { signal: controller.signal, onJob: setJob })
      .then(() => queryClient.invalidateQueries({ queryKey: ["stories"] }))
      .catch(() => undefined);
    return () => {
      controller.abort();
    };
  }, [initial, queryClient]);
  const percent = job.pages_total ? Math.round((job.pages_done / job.pages_total) * 100) : 5;
  return (
    <li className="flex flex-col gap-1">
      <Link to={`/stories/${job.story_id}/progress?job=${job.id}`} className="font-bold">
        {job.status === "succeeded" ? "A book is ready" : job.message || "Making a book"}
      </Link>
      <div
        role="progressbar"
        aria-label="Book progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={job.status === "succeeded" ? 100 : percent}
        className="h-3 overflow-hidden rounded-full bg-paper"
      >
        <div className="h-full bg-leaf" style={{ width: `${job.status === "succeeded" ? 100 : percent}%` }} />
      </div>
      <span className="text-base text-ink-soft">
        {job.pages_done} of {job.pages_total || "?"} pages
      </span>
    </li>
  );
}

export function InProgressCard() {
  const jobs = useActiveJobs();
  if (jobs.isPending) return <Skeleton className="h-32" />;
  if (jobs.isError || jobs.data.length === 0) return null;
  return (
    <Card title="Being made right now" id="in-progress-card" tone="sky">
      <ul className="flex flex-col gap-4">
        {jobs.data.map((job) => (
          <LiveJob key={job.id} initial={job} />
        ))}
      </ul>
    </Card>
  );
}

export function RecentStoriesCard() {
  const recent = useRecentStories();
  return (
    <Card title="Latest books" id="recent-card">
      {recent.isPending && (
        <div role="status">
          <span className="sr-only">Loading recent stories…</span>
          <Skeleton className="h-24" />
        </div>
      )}
      {recent.isError && (
        <Button variant="secondary" onPress={() => void recent.refetch()}>
          Try again
        </Button>
      )}
      {recent.data?.length === 0 && <p>Your newest books will show here.</p>}
      {recent.data && recent.data.length > 0 && (
        <ul className="flex flex-col gap-3">
          {recent.data.map((s) => (
            <li key={s.id} className="flex items-center gap-3">
              <ApiImage imageId={s.cover_image_id} alt="" variant={{ width: 128 }} className="size-14 shrink-0 rounded-xl" />
              <span className="min-w-0">
                <Link to={s.status === "generating" ? `/stories/${s.id}/progress` : `/stories/${s.id}`} className="font-bold">
                  {s.title || "A new story"}
                </Link>
                <span className="block text-base text-ink-soft">
                  {s.status === "generating" ? "Being made" : `${s.page_count} pages`}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const money = (usd: number) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" }).format(usd);

export function UsageCard() {
  const usage = useUsage();
  const u = usage.data;
  return (
    <Card title="This month" id="usage-card" tone="sand">
      {usage.isPending && (
        <div role="status">
          <span className="sr-only">Loading this month's use…</span>
          <Skeleton className="h-24" />
        </div>
      )}
      {usage.isError && (
        <p>
          We couldn't load this month's numbers.{" "}
          <Button variant="quiet" onPress={() => void usage.refetch()}>
            Try again
          </Button>
        </p>
      )}
      {u && (
        <dl className="grid grid-cols-2 gap-3">
          <div>
            <dt className="text-base text-ink-soft">Stories</dt>
            <dd className="text-3xl font-bold">
              {u.stories}
              {u.limit_stories !== null && <span className="text-base font-normal"> of {u.limit_stories}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-base text-ink-soft">Pages</dt>
            <dd className="text-3xl font-bold">{u.pages}</dd>
          </div>
          <div>
            <dt className="text-base text-ink-soft">Pictures</dt>
            <dd className="text-3xl font-bold">{u.images}</dd>
          </div>
          {u.paid_providers && (
            // Only an installation with a paid provider spends money; the built-in engines are free.
            <div>
              <dt className="text-base text-ink-soft">Spent on AI services</dt>
              <dd className="text-3xl font-bold">
                {money(u.cost_usd)}
                {u.limit_cost_usd !== null && (
                  <span className="text-base font-normal"> of your {money(u.limit_cost_usd)} monthly budget</span>
                )}
              </dd>
            </div>
          )}
        </dl>
      )}
    </Card>
  );
}

export function QuickActions() {
  return (
    <nav aria-label="Quick actions" className="flex flex-wrap gap-3">
      <LinkButton href="/stories/new">Make a new story</LinkButton>
      <LinkButton href="/characters/new" variant="secondary">
        Create a character
      </LinkButton>
      <LinkButton href="/stories" variant="secondary">
        Read a story
      </LinkButton>
    </nav>
  );
}
