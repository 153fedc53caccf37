/** Visual pickers for the looks step: colour swatches and small drawn thumbnails. */
import type { ReactNode } from "react";

import type { HairStyle, Outfit, Swatch } from "@/api/types";
import { cx } from "@/lib/cx";

/** A row of colour circles; each is a real radio button named after its colour. */
export function SwatchPicker({
  legend,
  name,
  swatches,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  swatches: Swatch[];
  value: string;
  onChange: (hex: string) => void;
}) {
  const current = swatches.find((s) => s.hex.toLowerCase() === value.toLowerCase());
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-lg font-bold">
        {legend}
        {current && <span className="ml-2 font-normal text-ink-soft">{current.name}</span>}
      </legend>
      <div className="flex flex-wrap gap-2">
        {swatches.map((swatch) => {
          const checked = swatch.hex.toLowerCase() === value.toLowerCase();
          return (
            <label
              key={swatch.hex}
              title={swatch.name}
              className={cx(
                "relative grid size-11 cursor-pointer place-items-center rounded-full border-2",
                "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky",
                checked ? "border-ink ring-2 ring-ink ring-offset-2 ring-offset-paper" : "border-ink-soft/40",
              )}
              style={{ backgroundColor: swatch.hex }}
            >
              <input
                type="radio"
                name={name}
                value={swatch.hex}
                checked={checked}
                onChange={() => {
                  onChange(swatch.hex);
                }}
                className="sr-only"
                aria-label={swatch.name}
              />
              {checked && (
                <span aria-hidden="true" className="rounded-full bg-paper/90 px-1 text-sm font-bold text-ink">
                  ✓
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A row of picture tiles (hair styles, outfits), one choice. */
export function TilePicker<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  render,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  render: (value: T) => ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-lg font-bold">{legend}</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(5.5rem,1fr))] gap-2">
        {options.map((option) => {
          const checked = option.value === value;
          return (
            <label
              key={option.value}
              className={cx(
                "flex cursor-pointer flex-col items-center gap-1 rounded-2xl border-2 p-2 text-center text-base",
                "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky",
                checked ? "border-clay bg-clay-light font-bold" : "border-sand-dark bg-paper",
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => {
                  onChange(option.value);
                }}
                className="sr-only"
              />
              <span aria-hidden="true" className="size-14">
                {render(option.value)}
              </span>
              {option.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

const HAIR: Record<HairStyle, string> = {
  short: "M14 26c0-10 8-16 18-16s18 6 18 16c-4-4-10-6-18-6s-14 2-18 6z",
  long: "M12 28c0-12 9-18 20-18s20 6 20 18v22h-8V28H20v22h-8z",
  curly:
    "M14 26a6 6 0 0 1 4-9 7 7 0 0 1 9-6 7 7 0 0 1 10 0 7 7 0 0 1 9 6 6 6 0 0 1 4 9c-5-3-11-5-18-5s-13 2-18 5z",
  ponytail: "M14 26c0-10 8-16 18-16s18 6 18 16c-5-4-11-6-18-6s-13 2-18 6zM48 18c8 2 10 12 6 20-1-8-4-12-8-14z",
  braids: "M14 26c0-10 8-16 18-16s18 6 18 16c-5-4-11-6-18-6s-13 2-18 6zM12 28h5v22h-5zM47 28h5v22h-5z",
  bun: "M14 26c0-10 8-16 18-16s18 6 18 16c-5-4-11-6-18-6s-13 2-18 6zM24 8a8 8 0 1 1 16 0 8 8 0 0 1-16 0z",
  afro: "M8 30a24 22 0 0 1 48 0c-6-6-14-9-24-9S14 24 8 30z",
  spiky: "M14 26l2-12 5 6 4-10 4 8 3-10 3 10 4-8 4 10 5-6 2 12c-6-4-12-6-18-6s-12 2-18 6z",
  bob: "M12 36c0-16 9-26 20-26s20 10 20 26h-6c0-8-6-14-14-14s-14 6-14 14z",
  none: "",
};

export function HairThumb({ style, color, skin }: { style: HairStyle; color: string; skin: string }) {
  return (
    <svg viewBox="0 0 64 64" className="size-full">
      <circle cx="32" cy="34" r="18" fill={skin} stroke="#2b2118" strokeWidth="1.5" />
      <circle cx="26" cy="35" r="2" fill="#2b2118" />
      <circle cx="38" cy="35" r="2" fill="#2b2118" />
      <path d="M26 42q6 5 12 0" stroke="#2b2118" strokeWidth="1.8" fill="none" strokeLinecap="round" />
      {HAIR[style] && <path d={HAIR[style]} fill={color} stroke="#2b2118" strokeWidth="1.2" />}
    </svg>
  );
}

const OUTFIT: Record<Outfit, string> = {
  tshirt: "M18 14l10-4h8l10 4 8 10-8 5-3-4v29H21V25l-3 4-8-5z",
  dress: "M24 10h16l4 14 10 30H10l10-30z",
  overalls: "M20 10h6v12h12V10h6v44h-10V40h-4v14H20z",
  hoodie: "M16 16c4-8 28-8 32 0l8 12-8 4-2-4v26H18V28l-2 4-8-4z",
  pyjamas: "M18 12h28l6 14-6 3v25h-11V36h-6v18H18V29l-6-3z",
  raincoat: "M22 8h20l8 46H14zM30 14h4v36h-4z",
  sweater: "M18 12l10-2h8l10 2 8 16-7 3-3-6v29H20V25l-3 6-7-3z",
  none: "",
};

export function OutfitThumb({ outfit, color, accent }: { outfit: Outfit; color: string; accent: string }) {
  if (!OUTFIT[outfit]) {
    return (
      <svg viewBox="0 0 64 64" className="size-full">
        <circle cx="32" cy="32" r="20" fill="none" stroke="#5b4636" strokeWidth="3" strokeDasharray="5 5" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 64 64" className="size-full">
      <path d={OUTFIT[outfit]} fill={color} stroke="#2b2118" strokeWidth="1.5" strokeLinejoin="round" />
      <circle cx="32" cy="30" r="3" fill={accent} stroke="#2b2118" strokeWidth="1" />
    </svg>
  );
}
