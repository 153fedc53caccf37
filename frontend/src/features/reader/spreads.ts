/** How a printed book's pages fall into spreads (two facing pages), for the print preview. */

/** One spread: the left and right page numbers (1-based), null where no page faces. */
export type Spread = [number | null, number | null];

/**
 * The PDF's pages (cover, dedication if any, the story, a back page) paired as a printed
 * book opens: the cover alone on the right, then left/right pairs; an odd page out at the
 * end stands alone on the left.
 */
export function spreads(pageCount: number): Spread[] {
  if (pageCount <= 0) return [];
  const out: Spread[] = [[null, 1]];
  for (let left = 2; left <= pageCount; left += 2) {
    out.push([left, left + 1 <= pageCount ? left + 1 : null]);
  }
  return out;
}

/** The spread that shows `page` (1-based). */
export function spreadOf(page: number): number {
  return Math.floor(page / 2);
}
