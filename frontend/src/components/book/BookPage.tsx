import { useRef, type ReactNode } from "react";

import { useAudioSrc } from "@/api/audio";
import type { components } from "@/api/schema";
import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";

import { shownWord, useNarration, useReadingPrefs } from "./narration";
import { splitWords, swipeAction } from "./pager";
import { NarrationControls } from "./ReadAloud";
import { useReadAloud } from "./speech";

type PageAudio = components["schemas"]["PageAudio"];

/**
 * One open page of a book: the picture, the words (highlighted as they are read aloud),
 * and a swipe to turn. Used by the reader and by shared links, so both read the same.
 *
 * A page with recorded narration (`audio`) plays it and lights each word from the word
 * timings; at the end of the page it turns by itself (if the reader wants) and reading
 * goes on. Without narration the browser's own voice is the last resort, and where there
 * is none either the page says so.
 */
export function BookPage({
  number,
  count,
  text,
  picture,
  audio = null,
  onTurn,
}: {
  number: number;
  count: number;
  text: string;
  picture: ReactNode;
  audio?: PageAudio | null;
  onTurn: (action: "next" | "prev") => void;
}) {
  const aloud = useReadAloud(text);
  const words = splitWords(text);
  const down = useRef<{ x: number; y: number; t: number } | null>(null);
  const source = useAudioSrc(audio?.url);
  const { autoTurn, setReading } = useReadingPrefs();
  const { bind, events, playing, word, failed, play, pause, replay } = useNarration({
    src: source.data ?? null,
    words: audio?.words ?? [],
    onEnded: () => {
      if (autoTurn && number < count) onTurn("next");
      else setReading(false);
    },
  });
  const recorded = audio !== null && !source.isError && !failed;
  const lit = recorded ? shownWord(words, audio.words, word) : aloud.word;

  return (
    <article
      aria-label={`Page ${number} of ${count}`}
      // On a phone the picture gives way so its text fits the same screen.
      className="grid overflow-hidden rounded-[var(--radius-card)] bg-paper shadow-[var(--shadow-card)] max-md:[&>*:first-child]:max-h-[36svh] max-md:[&_img]:max-h-[36svh] max-md:[&_img]:object-contain md:grid-cols-2"
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
      <div className="flex flex-col justify-between gap-3 p-4 sm:gap-4 sm:p-8">
        <p className="text-xl leading-relaxed sm:text-[1.65rem]" data-testid="page-text">
          {words.map((w, i) => (
            <span key={`${w.start}`}>
              <mark
                // One background or the other: with both classes the stylesheet's order
                // decides, and bg-transparent hid the highlight.
                className={cx("rounded px-0.5 text-ink", lit === i ? "bg-sun" : "bg-transparent")}
                aria-current={lit === i ? "true" : undefined}
              >
                {w.text}
              </mark>{" "}
            </span>
          ))}
        </p>
        {recorded ? (
          <>
            <audio ref={bind} src={source.data} preload="auto" data-testid="narration" {...events} />
            <NarrationControls ready={Boolean(source.data)} playing={playing} onPlay={play} onPause={pause} onReplay={replay} />
          </>
        ) : aloud.supported ? (
          <div className="flex flex-col gap-2">
            <p className="text-base text-ink-soft">
              This page has no recorded narration, so your browser&apos;s own voice will read it.
            </p>
            <Button variant="secondary" className="self-start" onPress={aloud.speaking ? aloud.stop : aloud.start}>
              <span aria-hidden="true">{aloud.speaking ? "■" : "▶"}</span>
              {aloud.speaking ? "Stop reading" : "Read aloud"}
            </Button>
          </div>
        ) : (
          <p className="text-base text-ink-soft" role="status">
            No voice is available: this page has no recorded narration and this browser has no voice to read it
            aloud.
          </p>
        )}
      </div>
    </article>
  );
}

/** Previous / "Page n of m" / Next under the open page. */
export function PageTurner({ index, count, onGo }: { index: number; count: number; onGo: (index: number) => void }) {
  return (
    // Held at the bottom of a short screen, so the page turn is always in reach.
    <div className="sticky bottom-0 z-10 -mx-2 flex items-center justify-between gap-3 bg-cream px-2 py-2">
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
