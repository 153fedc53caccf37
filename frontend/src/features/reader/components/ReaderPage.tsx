import { useState } from "react";
import { useParams, useSearchParams } from "react-router";

import type { Story } from "@/api/types";
import { BookPage, PageTurner } from "@/components/book/BookPage";
import { applyAction, clampPage, pictureAlt } from "@/components/book/pager";
import { usePageKeys } from "@/components/book/use-page-keys";
import { Alert } from "@/components/ui/Alert";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button, LinkButton } from "@/components/ui/Button";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";
import { useOnline } from "@/lib/online";
import { usePageTitle } from "@/lib/page";
import { ApiError, friendlyMessage } from "@/lib/problem";

import { useCover, useNarrate, useStory } from "../api";
import { useKeepForOffline } from "../use-keep-for-offline";
import { AddPage, BookSettings, RemovePage } from "./BookTools";
import { EditText } from "./EditText";
import { ExportPanel } from "./ExportPanel";
import { PictureChooser } from "./PictureChooser";
import type { Panel } from "./panels";
import { ReaderToolbar } from "./ReaderToolbar";
import { ReorderPages } from "./ReorderPages";
import { SharePanel } from "./SharePanel";

/** The book's cover: the drawn picture with the title on a plate in its calm top band. */
function BookCover({ story, onOpen }: { story: Story; onOpen: () => void }) {
  const cover = useCover(story, true);
  return (
    <section aria-label="Cover" className="mx-auto flex w-full max-w-md flex-col items-center gap-4">
      <div className="relative w-full overflow-hidden rounded-[var(--radius-card)] bg-sand shadow-[var(--shadow-card)]">
        {cover.data ? (
          <img src={cover.data} alt={`The cover of ${story.title}`} className="block aspect-[3/4] w-full" />
        ) : (
          <div className="aspect-[3/4] w-full" />
        )}
        <p className="absolute inset-x-[6%] top-[4%] rounded-2xl border-2 border-sand-dark bg-paper/90 px-4 py-3 text-center text-2xl font-bold sm:text-3xl">
          {story.title}
        </p>
      </div>
      <Button onPress={onOpen}>Start reading</Button>
    </section>
  );
}

/**
 * A book whose narration no longer covers every page (a page was edited or added) offers
 * to record the missing pages; a book never narrated (no voice on the server) does not.
 */
function NarrateAgain({ story }: { story: Story }) {
  const narrate = useNarrate(story.id);
  const missing = story.pages.filter((p) => !p.audio).length;
  if (missing === 0 || missing === story.pages.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-2xl bg-sand p-4" role="status">
      <p className="text-base">
        {missing === 1 ? "One page has" : `${String(missing)} pages have`} no recorded narration since the words changed.
      </p>
      <Button variant="secondary" isDisabled={narrate.isPending} onPress={() => { narrate.mutate(); }}>
        {narrate.isPending ? "Recording…" : "Record the narration"}
      </Button>
      {narrate.isError && <p className="text-base text-berry">{friendlyMessage(narrate.error).message}</p>}
    </div>
  );
}

export function ReaderPage() {
  const { id = "" } = useParams();
  const story = useStory(id);
  const online = useOnline();
  const [params, setParams] = useSearchParams();
  const count = story.data?.pages.length ?? 0;
  const onCover = params.get("page") === "cover";
  const index = onCover ? 0 : clampPage(Number(params.get("page") ?? "1") - 1, count);
  // The open panel belongs to this book: another book (a copy just made) opens with none.
  const [open, setOpen] = useState<{ id: string; panel: Panel }>({ id, panel: "none" });
  const panel = open.id === id ? open.panel : "none";
  const setPanel = (next: Panel | ((p: Panel) => Panel)) => {
    setOpen({ id, panel: typeof next === "function" ? next(panel) : next });
  };
  usePageTitle(story.data?.title ?? "Story");
  useKeepForOffline(story.data);

  const goTo = (next: number) => {
    const page = clampPage(next, count);
    setPanel((p) => (p === "edit" || p === "picture" || p === "remove" ? "none" : p));
    setParams({ page: String(page + 1) }, { replace: true });
  };
  usePageKeys((action) => {
    if (onCover) {
      if (action === "next") goTo(0);
      return;
    }
    goTo(applyAction(index, count, action));
  });

  if (story.isError) {
    if (story.error instanceof ApiError && story.error.status === 404) {
      return (
        <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
          <h1 className="text-3xl sm:text-4xl">We couldn't find that story</h1>
          <p className="text-lg">It may have been deleted, or it belongs to a different account.</p>
          <LinkButton href="/stories">Go to your stories</LinkButton>
        </div>
      );
    }
    const { title, message } = friendlyMessage(story.error);
    return (
      <Alert title={online ? title : "This book isn't saved for offline reading"}>
        <p>{online ? message : "Open it once while you're online and it will be kept on this device."}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Button variant="secondary" onPress={() => void story.refetch()}>
            Try again
          </Button>
          {!online && <LinkButton href="/stories" variant="quiet">Books saved for offline</LinkButton>}
        </div>
      </Alert>
    );
  }
  if (!story.data) return <PageSkeleton label="Opening the book…" />;
  const s = story.data;
  if (s.status === "generating" && s.pages.length === 0) {
    return (
      <div className="flex flex-col items-start gap-4">
        <h1 className="text-3xl">This book is still being made</h1>
        <LinkButton href={`/stories/${s.id}/progress`}>Watch it being made</LinkButton>
      </div>
    );
  }
  const page = s.pages[index];
  if (!page) {
    return (
      <Alert title="This book has no pages">
        <LinkButton href="/stories" variant="secondary" className="mt-3">
          Back to your stories
        </LinkButton>
      </Alert>
    );
  }
  const toggle = (p: Panel) => { setPanel(panel === p ? "none" : p); };

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-3xl sm:text-4xl">{s.title}</h1>
        <LinkButton href="/stories" variant="quiet">
          All stories
        </LinkButton>
      </div>
      {s.reading_note ? (
        <p role="note" className="rounded-2xl bg-sand p-4 text-sm">
          {s.reading_note}
        </p>
      ) : null}

      {onCover ? (
        <BookCover story={s} onOpen={() => { goTo(0); }} />
      ) : (
        <>
          {/* Keys differ per kind: siblings sharing a key (page.id) confuse React's reconciliation. */}
          <BookPage
            key={`book-${page.id}`}
            number={page.number}
            count={count}
            text={page.text}
            audio={page.audio ?? null}
            picture={<ApiImage imageId={page.image_id} alt={pictureAlt(page)} className="aspect-square w-full" />}
            onTurn={(action) => { goTo(applyAction(index, count, action)); }}
          />
          <PageTurner index={index} count={count} onGo={goTo} />
        </>
      )}

      <nav aria-label="Pages">
        <ol className="flex gap-2 overflow-x-auto pb-2">
          <li className="shrink-0">
            <button
              type="button"
              onClick={() => { setParams({ page: "cover" }, { replace: true }); }}
              aria-current={onCover ? "page" : undefined}
              className={cx(
                "flex aspect-[4/5] w-20 cursor-pointer items-center justify-center rounded-xl border-4 bg-clay-light font-bold",
                onCover ? "border-clay" : "border-transparent opacity-80 hover:opacity-100",
              )}
            >
              Cover
            </button>
          </li>
          {s.pages.map((p, i) => (
            <li key={p.id} className="shrink-0">
              <button
                type="button"
                onClick={() => { goTo(i); }}
                aria-current={i === index && !onCover ? "page" : undefined}
                aria-label={`Page ${i + 1}`}
                className={cx(
                  "block w-20 cursor-pointer overflow-hidden rounded-xl border-4",
                  i === index ? "border-clay" : "border-transparent opacity-80 hover:opacity-100",
                )}
              >
                <ApiImage imageId={p.image_id} alt="" variant={{ width: 128 }} className="aspect-square w-full" lazy />
                <span aria-hidden="true" className="block bg-paper text-center text-sm font-bold">
                  {i + 1}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {!online && (
        <p className="text-base text-ink-soft">
          You're reading the copy saved on this device. Changes, downloads and sharing come back with the connection.
        </p>
      )}
      {online && <NarrateAgain story={s} />}
      <ReaderToolbar panel={panel} online={online} onToggle={toggle} />
      {panel === "edit" && <EditText key={`edit-${page.id}`} storyId={s.id} page={page} onDone={() => { setPanel("none"); }} />}
      {panel === "picture" && <PictureChooser key={`picture-${page.id}`} storyId={s.id} page={page} onDone={() => { setPanel("none"); }} />}
      {panel === "add" && (
        <AddPage
          key={`add-${page.id}`}
          storyId={s.id}
          after={page}
          onAdded={(number) => {
            setPanel("none");
            setParams({ page: String(number) }, { replace: true });
          }}
        />
      )}
      {panel === "remove" && (
        <RemovePage
          key={`remove-${page.id}`}
          storyId={s.id}
          page={page}
          count={count}
          onRemoved={() => {
            setPanel("none");
            setParams({ page: String(Math.max(1, Math.min(index + 1, count - 1))) }, { replace: true });
          }}
        />
      )}
      {panel === "reorder" && (
        <ReorderPages
          storyId={s.id}
          pages={s.pages}
          onMoved={(to) => { setParams({ page: String(to + 1) }, { replace: true }); }}
        />
      )}
      {panel === "export" && <ExportPanel story={s} />}
      {panel === "share" && <SharePanel storyId={s.id} title={s.title} />}
      {panel === "settings" && <BookSettings key={`settings-${s.id}`} story={s} />}
    </div>
  );
}
