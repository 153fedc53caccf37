import { useRef, type ReactNode } from "react";

import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";

import { splitWords, swipeAction } from "./pager";
import { useReadAloud } from "./speech";

/**
 * One open page of a book: the picture, the words (highlighted as they are read aloud),
 * and a swipe to turn. Used by the reader and by shared links, so both read the same.
 */
export function BookPage({
  number,
  count,
  text,
  picture,
  onTurn,
}: {
  number: number;
  count: number;
  text: string;
  picture: ReactNode;
  onTurn: (action: "next" | "prev") => void;
}) {
  const aloud = useReadAloud(text);
  const words = splitWords(text);
  const down = useRef<{ x: number; y: number; t: number } | null>(null);

  return (
    <article
      aria-label={`Page ${number} of ${count}`}
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
      {picture}
      <div className="flex flex-col justify-between gap-4 p-6 sm:p-8">
        <p className="text-2xl leading-relaxed sm:text-[1.65rem]" data-testid="page-text">
          {words.map((w, i) => (
            <span key={`${w.start}`}>
              <mark
                // One background or the other: with both classes the stylesheet's order
                // decides, and bg-transparent hid the highlight.
                className={cx("rounded px-0.5 text-ink", aloud.word === i ? "bg-sun" : "bg-transparent")}
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

/** Previous / "Page n of m" / Next under the open page. */
export function PageTurner({ index, count, onGo }: { index: number; count: number; onGo: (index: number) => void }) {
  return (
    <div className="flex items-center justify-between gap-3">
      <Button variant="secondary" isDisabled={index === 0} onPress={() => { onGo(index - 1); }} aria-label="Previous page">
        <span aria-hidden="true">←</span> <span className="hidden sm:inline">Previous</span>
      </Button>
      <p className="text-lg font-bold" aria-live="polite">
        Page {index + 1} of {count}
      </p>
      <Button isDisabled={index === count - 1} onPress={() => { onGo(index + 1); }} aria-label="Next page">
        <span className="hidden sm:inline">Next</span> <span aria-hidden="true">→</span>
      </Button>
    </div>
  );
}
