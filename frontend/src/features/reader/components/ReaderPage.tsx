import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router";

import type { StoryPage } from "@/api/types";
import { Alert } from "@/components/ui/Alert";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button, LinkButton } from "@/components/ui/Button";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";
import { usePageTitle } from "@/lib/page";
import { ApiError, friendlyMessage } from "@/lib/problem";

import { useStory } from "../api";
import { applyAction, clampPage, keyAction, pictureAlt, splitWords, swipeAction } from "../pager";
import { useReadAloud } from "../speech";
import { EditText } from "./EditText";
import { PictureChooser } from "./PictureChooser";
import { ReorderPages } from "./ReorderPages";

type Panel = "none" | "edit" | "picture" | "reorder";

export function ReaderPage() {
  const { id = "" } = useParams();
  const story = useStory(id);
  const [params, setParams] = useSearchParams();
  const count = story.data?.pages.length ?? 0;
  const index = clampPage(Number(params.get("page") ?? "1") - 1, count);
  const [panel, setPanel] = useState<Panel>("none");
  usePageTitle(story.data?.title ?? "Story");

  const goTo = (next: number) => {
    const page = clampPage(next, count);
    setPanel((p) => (p === "reorder" ? p : "none"));
    setParams({ page: String(page + 1) }, { replace: true });
  };

  // ←/→ (and Home/End, PageUp/PageDown) turn pages unless typing somewhere.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    goTo(applyAction(index, count, action));
  });
  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, []);

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
      <Alert title={title}>
        <p>{message}</p>
        <Button variant="secondary" className="mt-3" onPress={() => void story.refetch()}>
          Try again
        </Button>
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

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-3xl sm:text-4xl">{s.title}</h1>
        <LinkButton href="/stories" variant="quiet">
          All stories
        </LinkButton>
      </div>

      <BookPage
        key={page.id}
        page={page}
        count={count}
        onTurn={(action) => { goTo(applyAction(index, count, action)); }}
      />

      <div className="flex items-center justify-between gap-3">
        <Button variant="secondary" isDisabled={index === 0} onPress={() => { goTo(index - 1); }} aria-label="Previous page">
          <span aria-hidden="true">←</span> <span className="hidden sm:inline">Previous</span>
        </Button>
        <p className="text-lg font-bold" aria-live="polite">
          Page {index + 1} of {count}
        </p>
        <Button isDisabled={index === count - 1} onPress={() => { goTo(index + 1); }} aria-label="Next page">
          <span className="hidden sm:inline">Next</span> <span aria-hidden="true">→</span>
        </Button>
      </div>

      <nav aria-label="Pages">
        <ol className="flex gap-2 overflow-x-auto pb-2">
          {s.pages.map((p, i) => (
            <li key={p.id} className="shrink-0">
              <button
                type="button"
                onClick={() => { goTo(i); }}
                aria-current={i === index ? "page" : undefined}
                aria-label={`Page ${i + 1}`}
                className={cx(
                  "block w-20 cursor-pointer overflow-hidden rounded-xl border-4",
                  i === index ? "border-clay" : "border-transparent opacity-80 hover:opacity-100",
                )}
              >
                <ApiImage imageId={p.image_id} alt="" variant={{ width: 128 }} className="aspect-square w-full" />
                <span aria-hidden="true" className="block bg-paper text-center text-sm font-bold">
                  {i + 1}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div className="flex flex-wrap gap-3" role="toolbar" aria-label="Change this book">
        <Button variant={panel === "edit" ? "primary" : "secondary"} aria-expanded={panel === "edit"} onPress={() => { setPanel(panel === "edit" ? "none" : "edit"); }}>
          Edit text
        </Button>
        <Button variant={panel === "picture" ? "primary" : "secondary"} aria-expanded={panel === "picture"} onPress={() => { setPanel(panel === "picture" ? "none" : "picture"); }}>
          New picture
        </Button>
        <Button variant={panel === "reorder" ? "primary" : "secondary"} aria-expanded={panel === "reorder"} onPress={() => { setPanel(panel === "reorder" ? "none" : "reorder"); }}>
          Reorder pages
        </Button>
      </div>
      {panel === "edit" && <EditText key={page.id} storyId={s.id} page={page} onDone={() => { setPanel("none"); }} />}
      {panel === "picture" && <PictureChooser key={page.id} storyId={s.id} page={page} onDone={() => { setPanel("none"); }} />}
      {panel === "reorder" && (
        <ReorderPages
          storyId={s.id}
          pages={s.pages}
          onMoved={(pageId) => {
            const to = s.pages.findIndex((p) => p.id === pageId);
            if (to >= 0) setParams({ page: String(to + 1) }, { replace: true });
          }}
        />
      )}
    </div>
  );
}

function BookPage({ page, count, onTurn }: { page: StoryPage; count: number; onTurn: (a: "next" | "prev") => void }) {
  const aloud = useReadAloud(page.text);
  const words = splitWords(page.text);
  const down = useRef<{ x: number; y: number; t: number } | null>(null);

  return (
    <article
      aria-label={`Page ${page.number} of ${count}`}
      className="grid overflow-hidden rounded-[var(--radius-card)] bg-paper shadow-[var(--shadow-card)] md:grid-cols-2"
      onPointerDown={(e) => {
        down.current = { x: e.clientX, y: e.clientY, t: e.timeStamp };
      }}
      onPointerUp={(e) => {
        const start = down.current;
        down.current = null;
        if (!start) return;
        const action = swipeAction(e.clientX - start.x, e.clientY - start.y, e.timeStamp - start.t);
        if (action === "next" || action === "prev") onTurn(action);
      }}
      style={{ touchAction: "pan-y" }}
    >
      <ApiImage imageId={page.image_id} alt={pictureAlt(page)} className="aspect-square w-full" />
      <div className="flex flex-col justify-between gap-4 p-6 sm:p-8">
        <p className="text-2xl leading-relaxed sm:text-[1.65rem]" data-testid="page-text">
          {words.map((w, i) => (
            <span key={`${w.start}`}>
              <mark
                className={cx(
                  "rounded bg-transparent px-0.5 text-ink",
                  aloud.word === i && "bg-sun",
                )}
                aria-current={aloud.word === i ? "true" : undefined}
              >
                {w.text}
              </mark>{" "}
            </span>
          ))}
        </p>
        {aloud.supported ? (
          <Button variant="secondary" className="self-start" onPress={aloud.speaking ? aloud.stop : aloud.start}>
            <span aria-hidden="true">{aloud.speaking ? "■" : "▶"}</span>
            {aloud.speaking ? "Stop reading" : "Read aloud"}
          </Button>
        ) : (
          <p className="text-base text-ink-soft">Read-aloud isn't available in this browser.</p>
        )}
      </div>
    </article>
  );
}
