import { Button } from "@/components/ui/Button";
import { cx } from "@/lib/cx";

import { SPEEDS, useReadingPrefs } from "./narration";

/** Play/pause, replay, speed and page turning for a page with recorded narration. */
export function NarrationControls({
  ready,
  playing,
  onPlay,
  onPause,
  onReplay,
}: {
  ready: boolean;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  onReplay: () => void;
}) {
  const { speed, setSpeed, autoTurn, setAutoTurn } = useReadingPrefs();
  return (
    <div className="flex flex-col gap-3" role="group" aria-label="Read aloud">
      <div className="flex flex-wrap items-center gap-2">
        <Button isDisabled={!ready} onPress={playing ? onPause : onPlay}>
          <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span>
          {!ready ? "Getting the narration…" : playing ? "Pause" : "Read to me"}
        </Button>
        <Button variant="secondary" isDisabled={!ready} onPress={onReplay} aria-label="Read this page again">
          <span aria-hidden="true">↺</span> Again
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-base">
        <span id="speed-label" className="font-bold">
          Speed
        </span>
        <div role="group" aria-labelledby="speed-label" className="flex gap-1">
          {SPEEDS.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={speed === s}
              onClick={() => { setSpeed(s); }}
              className={cx(
                "min-h-10 cursor-pointer rounded-full border-2 px-3 font-bold",
                speed === s ? "border-clay bg-clay text-white" : "border-clay bg-paper text-ink",
              )}
            >
              {s === 0.75 ? "Slow" : s === 1 ? "Normal" : "Quick"}
            </button>
          ))}
        </div>
        <label className="flex cursor-pointer items-center gap-2">
          <input
            type="checkbox"
            className="size-5"
            checked={autoTurn}
            onChange={(e) => { setAutoTurn(e.target.checked); }}
          />
          Turn the pages by itself
        </label>
      </div>
    </div>
  );
}
