import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, useParams, useSearchParams } from "react-router";

import type { Job } from "@/api/types";
import { ApiImage } from "@/components/ui/ApiImage";
import { Alert } from "@/components/ui/Alert";
import { LinkButton } from "@/components/ui/Button";
import { PageSkeleton, Skeleton } from "@/components/ui/Skeleton";
import { usePageTitle } from "@/lib/page";
import { friendlyMessage } from "@/lib/problem";

import { useLiveJob, useStory, useStoryJob } from "../api";
import { STEP_WORDS } from "../labels";

export function ProgressPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  usePageTitle("Making your book");
  const story = useStory(id);
  const initial = useStoryJob(story.data, params.get("job"));
  const queryClient = useQueryClient();
  const lastDone = useRef(-1);

  // Pictures appear as pages finish: refetch the story when the page count moves.
  const job = useLiveJob(initial.data, (next: Job) => {
    if (next.pages_done !== lastDone.current || next.status !== "running") {
      lastDone.current = next.pages_done;
      void queryClient.invalidateQueries({ queryKey: ["stories", "one", id] });
    }
    if (next.status === "succeeded") void queryClient.invalidateQueries({ queryKey: ["stories"] });
  });

  useEffect(() => {
    if (job && job.status === "succeeded") void story.refetch();
    // refetch once when the job finishes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job?.status]);

  if (story.isError) {
    const { title, message } = friendlyMessage(story.error);
    return (
      <Alert title={title}>
        <p>{message}</p>
        <LinkButton href="/stories" variant="secondary" className="mt-3">
          Back to your stories
        </LinkButton>
      </Alert>
    );
  }
  if (!story.data || initial.isPending) return <PageSkeleton label="Loading your book…" />;

  const s = story.data;
  const status = job?.status ?? (s.status === "ready" ? "succeeded" : s.status === "failed" ? "failed" : "running");
  const done = job?.pages_done ?? s.pages.filter((p) => p.image_id).length;
  const total = job?.pages_total || s.page_count || 0;
  const percent = status === "succeeded" ? 100 : total ? Math.round((done / total) * 100) : 5;
  const finished = status === "succeeded";
  const failed = status === "failed" || status === "cancelled";
  const stepWords = job?.step ? STEP_WORDS[job.step] : "Getting started";

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-base font-bold tracking-wide text-clay-dark uppercase">
          {finished ? "Your book is ready" : failed ? "Something went wrong" : "Making your book"}
        </p>
        <h1 className="text-3xl sm:text-4xl">{s.title || "A new story"}</h1>
      </div>

      <section aria-labelledby="progress-title" className="rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-8">
        <h2 id="progress-title" className="text-2xl">
          {finished ? "All done!" : failed ? "We couldn't finish this book" : stepWords}
        </h2>
        <div
          role="progressbar"
          aria-label="Book progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={total ? `${done} of ${total} pages done` : "Starting"}
          className="mt-4 h-5 w-full overflow-hidden rounded-full bg-sand"
        >
          <div
            className="h-full rounded-full bg-leaf transition-[width] duration-500"
            style={{ width: `${percent}%` }}
          />
        </div>
        <p className="mt-3 text-lg" role="status" aria-live="polite">
          {total ? `${done} of ${total} pages done` : "Starting…"}
          {job?.message ? ` · ${job.message}` : ""}
        </p>
        {failed && (
          <Alert title="This book couldn't be finished" className="mt-4">
            <p>{job?.error ?? "Something went wrong while making it. Please try making it again."}</p>
          </Alert>
        )}
        <div className="mt-5 flex flex-wrap gap-3">
          {finished && <LinkButton href={`/stories/${s.id}`}>Read it now</LinkButton>}
          <LinkButton href="/stories" variant="secondary">
            All stories
          </LinkButton>
          {failed && (
            <LinkButton href="/stories/new" variant="secondary">
              Try a new story
            </LinkButton>
          )}
        </div>
      </section>

      <section aria-labelledby="pages-title">
        <h2 id="pages-title" className="mb-3 text-2xl">
          Pages
        </h2>
        <ol className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {(s.pages.length ? s.pages : Array.from({ length: total || 6 }, () => null)).map((p, i) =>
            p ? (
              <li key={p.id} className="overflow-hidden rounded-2xl bg-paper shadow-[var(--shadow-card)]">
                <ApiImage
                  imageId={p.image_id}
                  alt={`Picture for page ${p.number}: ${p.text.split(/(?<=[.!?])\s/)[0] ?? ""}`}
                  variant={{ width: 256 }}
                  className="aspect-square w-full"
                />
                {finished ? (
                  <Link to={`/stories/${s.id}?page=${p.number}`} className="block p-2 text-base font-bold">
                    Read page {p.number}
                  </Link>
                ) : (
                  <p className="p-2 text-base font-bold">Page {p.number}</p>
                )}
              </li>
            ) : (
              <li key={i} aria-hidden="true">
                <Skeleton className="aspect-square" />
              </li>
            ),
          )}
        </ol>
      </section>
    </div>
  );
}
