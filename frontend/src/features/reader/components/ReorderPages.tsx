import { useState } from "react";

import type { StoryPage } from "@/api/types";
import { moveItem } from "@/components/book/pager";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";
import { notify } from "@/lib/toast";

import { useReorderPages } from "../api";

/**
 * Change the page order: drag a page onto another (mouse/touch), or use the Move up /
 * Move down buttons (keyboard, screen readers). Each move is saved at once.
 */
export function ReorderPages({
  storyId,
  pages,
  onMoved,
}: {
  storyId: string;
  pages: StoryPage[];
  onMoved: (pageId: string) => void;
}) {
  const reorder = useReorderPages(storyId);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");

  const move = (from: number, to: number) => {
    if (to < 0 || to >= pages.length || from === to) return;
    const ids = moveItem(pages.map((p) => p.id), from, to);
    const moved = pages[from];
    if (!moved) return;
    reorder.mutate(ids, {
      onSuccess: () => {
        setAnnounce(`Moved to position ${to + 1} of ${pages.length}.`);
      },
      onError: (e) => notify.failure(e, () => { move(from, to); }),
    });
    onMoved(moved.id);
    // Keep keyboard focus on the moved page's matching button after the list re-renders.
    setTimeout(() => {
      document.getElementById(`move-${moved.id}-${to < from ? "up" : "down"}`)?.focus();
    }, 0);
  };

  return (
    <section aria-labelledby="reorder-title" className="flex flex-col gap-3 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)]">
      <h2 id="reorder-title" className="text-2xl">
        Reorder pages
      </h2>
      <p className="text-base text-ink-soft">Drag a page to a new place, or use its Move up and Move down buttons.</p>
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <ol className="flex flex-col gap-2">
        {pages.map((p, i) => (
          <li
            key={p.id}
            draggable
            onDragStart={(e) => {
              setDragging(i);
              e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => {
              e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, i);
              setDragging(null);
            }}
            onDragEnd={() => { setDragging(null); }}
            className={cx(
              "flex cursor-grab items-center gap-3 rounded-2xl border-2 bg-cream p-2",
              dragging === i ? "border-clay opacity-60" : "border-sand-dark",
            )}
          >
            <span aria-hidden="true" className="px-1 text-xl text-ink-soft">⠿</span>
            <ApiImage imageId={p.image_id} alt="" variant={{ width: 128 }} className="size-14 shrink-0 rounded-xl" />
            <p className="min-w-0 flex-1 truncate">
              <strong>{i + 1}.</strong> {p.text}
            </p>
            <Button
              id={`move-${p.id}-up`}
              variant="quiet"
              isDisabled={i === 0 || reorder.isPending}
              aria-label={`Move page ${i + 1} up`}
              onPress={() => { move(i, i - 1); }}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              id={`move-${p.id}-down`}
              variant="quiet"
              isDisabled={i === pages.length - 1 || reorder.isPending}
              aria-label={`Move page ${i + 1} down`}
              onPress={() => { move(i, i + 1); }}
            >
              <span aria-hidden="true">↓</span>
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
