import type { ArtStyle } from "@/api/types";
import { ChoiceGroup } from "@/components/ui/Fields";
import { cx } from "@/lib/cx";

import { ART_STYLES } from "../labels";

/**
 * The picture style, each choice with a small picture drawn in it (the sample book's first
 * scene, public and cached: a plain <img>, no token needed).
 */
export function ArtStylePicker({ value, onChange }: { value: ArtStyle; onChange: (style: ArtStyle) => void }) {
  return (
    <ChoiceGroup legend="Picture style">
      <div className="grid w-full max-w-md grid-cols-2 gap-3">
        {(Object.entries(ART_STYLES) as [ArtStyle, (typeof ART_STYLES)[ArtStyle]][]).map(([style, s]) => (
          <label
            key={style}
            className={cx(
              "flex cursor-pointer flex-col gap-1 rounded-2xl border-2 p-2 font-bold",
              "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky",
              value === style ? "border-clay bg-clay-light" : "border-sand-dark bg-paper",
            )}
          >
            <input
              type="radio"
              name="art_style"
              value={style}
              checked={value === style}
              onChange={() => {
                onChange(style);
              }}
              className="sr-only"
            />
            <img
              src={`/api/sample/styles/${style}`}
              alt=""
              width={320}
              height={213}
              loading="lazy"
              decoding="async"
              className="aspect-[3/2] w-full rounded-xl bg-sand object-cover"
            />
            <span>
              <span aria-hidden="true">{value === style ? "● " : "○ "}</span>
              {s.label}
            </span>
            <span className="text-base font-normal text-ink-soft">{s.blurb}</span>
          </label>
        ))}
      </div>
    </ChoiceGroup>
  );
}
