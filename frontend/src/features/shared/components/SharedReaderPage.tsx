import { useParams, useSearchParams } from "react-router";

import { BookPage, PageTurner } from "@/components/book/BookPage";
import { applyAction, clampPage, pictureAlt } from "@/components/book/pager";
import { usePageKeys } from "@/components/book/use-page-keys";
import { Alert } from "@/components/ui/Alert";
import { Button, LinkButton } from "@/components/ui/Button";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { usePageTitle, useNoIndex } from "@/lib/page";
import { ApiError, friendlyMessage } from "@/lib/problem";

import { useSharedStory } from "../api";

/** A book someone shared: read page by page, no account needed, nothing to change. */
export function SharedReaderPage() {
  const { token = "" } = useParams();
  const story = useSharedStory(token);
  const [params, setParams] = useSearchParams();
  const count = story.data?.pages.length ?? 0;
  const index = clampPage(Number(params.get("page") ?? "1") - 1, count);
  useNoIndex();
  usePageTitle(story.data?.title ?? (story.isError ? "Link not working" : "A shared book"));

  const goTo = (next: number) => {
    setParams({ page: String(clampPage(next, count) + 1) }, { replace: true });
  };
  usePageKeys((action) => { goTo(applyAction(index, count, action)); });

  if (story.isError) {
    if (story.error instanceof ApiError && story.error.status === 404) return <LinkGone />;
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
  const page = story.data.pages[index];

  return (
    <div className="flex flex-col gap-5">
      <div className="flex items-center gap-4">
        {story.data.cover_url && (
          <img
            src={story.data.cover_url}
            alt={`The cover of ${story.data.title}`}
            className="aspect-[3/4] w-24 shrink-0 rounded-xl bg-sand object-cover shadow-[var(--shadow-card)] sm:w-32"
            draggable={false}
          />
        )}
        <div>
          <p className="text-base font-bold tracking-wide text-clay-dark uppercase">A book shared with you</p>
          <h1 className="text-3xl sm:text-4xl">{story.data.title}</h1>
        </div>
      </div>
      {page ? (
        <>
          <BookPage
            key={page.number}
            number={page.number}
            count={count}
            text={page.text}
            audio={page.audio ?? null}
            picture={
              page.image_url ? (
                <img src={page.image_url} alt={pictureAlt(page)} className="aspect-square w-full bg-sand object-cover" draggable={false} />
              ) : (
                <div role="img" aria-label={pictureAlt(page)} className="grid aspect-square w-full place-items-center bg-sand text-5xl text-ink-soft">
                  <span aria-hidden="true">✿</span>
                </div>
              )
            }
            onTurn={(action) => { goTo(applyAction(index, count, action)); }}
          />
          <PageTurner index={index} count={count} onGo={goTo} />
        </>
      ) : (
        <p className="text-lg">This book has no pages yet.</p>
      )}
      <p className="text-base text-ink-soft">
        Tip: the arrow keys turn the pages, and “Read to me” reads each page to you.
      </p>
      <aside aria-labelledby="make-your-own" className="rounded-2xl border-2 border-sand bg-white p-4">
        <h2 id="make-your-own" className="text-xl">
          Make your own
        </h2>
        <p className="mb-3 text-base">Create a picture book starring your own child, free.</p>
        <LinkButton href="/register">Make your own book</LinkButton>
      </aside>
    </div>
  );
}

function LinkGone() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
      <span aria-hidden="true" className="text-6xl">📖</span>
      <h1 className="text-3xl sm:text-4xl">This link no longer works</h1>
      <p className="text-lg">
        The person who shared this book may have stopped sharing it, or the link has expired. Ask them for a new
        link.
      </p>
      <LinkButton href="/register" variant="secondary">
        Make your own picture books
      </LinkButton>
    </div>
  );
}
