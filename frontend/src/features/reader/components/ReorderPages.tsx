import { useEffect, useRef, useState } from "react";

import type { StoryPage } from "@/api/types";
import { moveItem } from "@/components/book/pager";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";
import { notify } from "@/lib/toast";

import { useReorderPages } from "../api";

type Direction = "up" | "down";

/**
 * Change the page order: drag a page onto another (mouse/touch), or use the Move up /
 * Move down buttons (keyboard, screen readers). Each move shows at once and is saved in the
 * background (see useReorderPages); a failed save puts the old order back with a toast.
 */
export function ReorderPages({
  storyId,
  pages,
  onMoved,
}: {
  storyId: string;
  pages: StoryPage[];
  /** The moved page's new place (0-based), for the reader to open it. */
  onMoved: (index: number) => void;
}) {
  const reorder = useReorderPages(storyId);
  // The dragged page by id: its index may change under the pointer if a save answers.
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  // Moves are made from the latest order, also when "Try again" runs later.
  const latest = useRef(pages);
  const refocus = useRef<{ id: string; direction: Direction } | null>(null);
  const order = pages.map((p) => p.id).join(",");

  useEffect(() => {
    latest.current = pages;
  });

  // A page moved from its buttons changes place in the list, and the browser drops focus
  // from a moved element: put it back on the same page's button once the new order shows
  // (its other button when the page reached the top or the bottom).
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    const index = latest.current.findIndex((p) => p.id === want.id);
    if (index < 0) return;
    const last = latest.current.length - 1;
    const direction = want.direction === "up" ? (index === 0 ? "down" : "up") : index === last ? "up" : "down";
    document.getElementById(`move-${want.id}-${direction}`)?.focus();
    refocus.current = null;
  }, [order]);

  const moveTo = (pageId: string, to: number, direction?: Direction) => {
    const current = latest.current;
    const from = current.findIndex((p) => p.id === pageId);
    if (from < 0 || to < 0 || to >= current.length || from === to) return;
    const ids = moveItem(current.map((p) => p.id), from, to);
    if (direction) refocus.current = { id: pageId, direction };
    setAnnounce(`Moved to position ${to + 1} of ${current.length}.`);
    // mutateAsync: every save's failure is told (mutate's own callbacks fire for the last only).
    reorder.mutateAsync(ids).catch((e: unknown) => {
      setAnnounce("");
      notify.failure(e, () => { moveTo(pageId, to); });
    });
    onMoved(to);
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
              setDragging(p.id);
              e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => {
              e.preventDefault();
              if (dragging && over !== p.id) setOver(p.id);
            }}
            onDragLeave={() => { if (over === p.id) setOver(null); }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging) moveTo(dragging, i);
              setDragging(null);
              setOver(null);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            className={cx(
              "flex cursor-grab items-center gap-3 rounded-2xl border-2 bg-cream p-2",
              dragging === p.id ? "border-clay opacity-60" : over === p.id ? "border-clay border-dashed" : "border-sand-dark",
            )}
          >
            <span aria-hidden="true" className="px-1 text-xl text-ink-soft">⠿</span>
            <ApiImage imageId={p.image_id} alt="" variant={{ width: 128 }} className="size-14 shrink-0 rounded-xl" />
            <p className="min-w-0 flex-1 truncate">
              <strong>{i + 1}.</strong> {p.text}
            </p>
            {/* Not disabled while saving: a disabled button loses keyboard focus. */}
            <Button
              id={`move-${p.id}-up`}
              variant="quiet"
              isDisabled={i === 0}
              aria-label={`Move page ${i + 1} up`}
              onPress={() => { moveTo(p.id, i - 1, "up"); }}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              id={`move-${p.id}-down`}
              variant="quiet"
              isDisabled={i === pages.length - 1}
              aria-label={`Move page ${i + 1} down`}
              onPress={() => { moveTo(p.id, i + 1, "down"); }}
            >
              <span aria-hidden="true">↓</span>
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
