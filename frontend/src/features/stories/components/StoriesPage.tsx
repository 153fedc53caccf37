import { useState } from "react";
import { Link } from "react-router";

import type { AgeBand } from "@/api/types";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button, LinkButton } from "@/components/ui/Button";
import { InputField, SelectField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Skeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";
import { useOnline } from "@/lib/online";
import { usePageTitle } from "@/lib/page";
import { useDebounced } from "@/lib/use-debounced";

import { useCardCover, useCastChoices, useSavedBooks, useStories, type StoryFilters } from "../api";
import { BANDS, STATUS } from "../labels";

export function StoriesPage() {
  usePageTitle("Stories");
  const [filters, setFilters] = useState<StoryFilters>({ q: "", status: "", characterId: "", band: "" });
  const q = useDebounced(filters.q, 300);
  const list = useStories({ ...filters, q });
  const characters = useCastChoices();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtering = Boolean(filters.q || filters.status || filters.characterId || filters.band);
  const online = useOnline();

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl sm:text-4xl">Stories</h1>
          <p className="mt-1 text-lg text-ink-soft">Every book you've made, newest first.</p>
        </div>
        <LinkButton href="/stories/new">New story</LinkButton>
      </div>

      {!online && <SavedForOffline />}

      {online && (
        <>
      <div role="search" aria-label="Find stories" className="grid gap-4 rounded-[var(--radius-card)] bg-paper p-4 shadow-[var(--shadow-card)] sm:grid-cols-2 lg:grid-cols-4">
        <InputField label="Search" type="search" value={filters.q} onChange={(v) => { setFilters((f) => ({ ...f, q: v })); }} />
        <SelectField<"generating" | "ready" | "failed">
          label="Status"
          value={filters.status}
          placeholder="Any status"
          options={Object.entries(STATUS).map(([value, label]) => ({ value: value as "ready", label }))}
          onChange={(status) => { setFilters((f) => ({ ...f, status })); }}
        />
        <SelectField
          label="Character"
          value={filters.characterId}
          placeholder="Anyone"
          options={(characters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(characterId) => { setFilters((f) => ({ ...f, characterId })); }}
        />
        <SelectField<AgeBand>
          label="Age"
          value={filters.band}
          placeholder="Any age"
          options={Object.entries(BANDS).map(([value, b]) => ({ value: value as AgeBand, label: `${b.label} (${b.ages})` }))}
          onChange={(band) => { setFilters((f) => ({ ...f, band })); }}
        />
      </div>

      {list.isPending && (
        <div role="status" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <span className="sr-only">Loading stories…</span>
          {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-72" />)}
        </div>
      )}
      {list.isError && (
        <div>
          <ProblemAlert error={list.error} />
          <Button variant="secondary" className="mt-3" onPress={() => void list.refetch()}>Try again</Button>
        </div>
      )}
      {list.data && items.length === 0 && (
        <div className="rounded-[var(--radius-card)] bg-sand p-8 text-center">
          {filtering ? (
            <p className="text-lg">No stories match. Try another search or filter.</p>
          ) : (
            <>
              <p className="text-2xl font-bold">No stories yet</p>
              <p className="mx-auto mt-2 max-w-prose">Pick your characters, a kind of story and an age: Storyloom writes and illustrates the book.</p>
              <LinkButton href="/stories/new" className="mt-4">Make your first story</LinkButton>
            </>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul aria-label="Your stories" className={cx("grid gap-4 sm:grid-cols-2 lg:grid-cols-3", list.isPlaceholderData && "opacity-60")}>
          {items.map((s) => (
            <li key={s.id} className="flex flex-col overflow-hidden rounded-[var(--radius-card)] bg-paper shadow-[var(--shadow-card)]">
              <CardCover story={s} />
              <div className="flex flex-1 flex-col gap-1 p-4">
                <Link
                  to={s.status === "generating" ? `/stories/${s.id}/progress` : `/stories/${s.id}`}
                  className="text-xl font-bold text-ink no-underline hover:underline"
                >
                  {s.title || "A new story"}
                </Link>
                <p className="text-base text-ink-soft">
                  {STATUS[s.status] ?? s.status} · {(BANDS as Partial<Record<string, { label: string }>>)[s.band]?.label ?? s.band} · {s.page_count} pages
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" onPress={() => void list.fetchNextPage()} isDisabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Show more"}
        </Button>
      )}
        </>
      )}
    </div>
  );
}

/** While offline: the books kept on this device, which open with no network. */
function SavedForOffline() {
  const saved = useSavedBooks(true);
  return (
    <section aria-labelledby="offline-title" className="rounded-[var(--radius-card)] bg-sky-light p-5 sm:p-6">
      <h2 id="offline-title" className="text-2xl">Saved for offline</h2>
      <p className="text-base">
        You're offline. These books were opened on this device and can be read now; the others come back with the
        connection.
      </p>
      {saved.data?.length === 0 && <p className="mt-3 font-bold">No books are saved yet: open a book while online to keep it.</p>}
      {saved.data && saved.data.length > 0 && (
        <ul aria-label="Books saved for offline" className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {saved.data.map((b) => (
            <li key={b.id} className="flex items-center gap-3 rounded-2xl bg-paper p-2 pr-4">
              <ApiImage imageId={b.coverImageId} alt="" variant={{ width: 256 }} className="size-16 shrink-0 rounded-xl" />
              <span className="min-w-0">
                <Link to={`/stories/${b.id}`} className="font-bold text-ink no-underline hover:underline">
                  {b.title}
                </Link>
                <span className="block text-base text-ink-soft">{b.pageCount} pages</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The book's drawn cover on its card; its first page while the cover loads or when it has none. */
function CardCover({
  story,
}: {
  story: { id: string; title: string; status: string; updated_at: string; cover_image_id: string | null };
}) {
  const cover = useCardCover(story);
  const alt = story.title ? `Cover of ${story.title}` : "Cover still being drawn";
  if (cover.data) {
    return <img src={cover.data} alt={alt} className="aspect-[4/3] w-full object-cover" draggable={false} />;
  }
  return <ApiImage imageId={story.cover_image_id} alt={alt} variant={{ width: 512 }} className="aspect-[4/3] w-full" />;
}
