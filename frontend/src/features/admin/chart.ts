/** The arithmetic behind the admin charts (pure, so it is tested on its own). */

export type Values = readonly (number | null)[];

/** The top of the axis: the next "round" number (1, 2, 2.5, 5 x 10^k) at or above `max`. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= max * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * An SVG path through the values across a `width` x `height` box (0 at the bottom, `max` at
 * the top). A missing value (null) breaks the line; a lone point is drawn as a dot (a tiny
 * segment with round caps).
 */
export function linePath(values: Values, max: number, width: number, height: number): string {
  const n = values.length;
  if (n === 0) return "";
  const dx = n === 1 ? 0 : width / (n - 1);
  const y = (v: number) => round(height - (Math.min(v, max) / max) * height);
  const parts: string[] = [];
  let open = false;
  values.forEach((v, i) => {
    if (v === null) {
      open = false;
      return;
    }
    const x = round(n === 1 ? width / 2 : i * dx);
    const alone = !open && (i === n - 1 || values[i + 1] === null);
    parts.push(`${open ? "L" : "M"}${x} ${y(v)}${alone ? " h0.01" : ""}`);
    open = true;
  });
  return parts.join(" ");
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function total(values: Values): number {
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

export function peak(values: Values): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.max(...present) : null;
}

/** The most recent value there is (latency has none for minutes without requests). */
export function latest(values: Values): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined) return v;
  }
  return null;
}
