/** The reader's page logic, pure so it can be tested without a browser. */

/** The page index after a move, kept within the book. */
export function clampPage(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(index, 0), count - 1);
}

export type PagerAction = "next" | "prev" | "first" | "last" | null;

/** Which way a key turns the page (null: not ours). */
export function keyAction(key: string): PagerAction {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "prev";
    case "Home":
      return "first";
    case "End":
      return "last";
    default:
      return null;
  }
}

export function applyAction(index: number, count: number, action: PagerAction): number {
  switch (action) {
    case "next":
      return clampPage(index + 1, count);
    case "prev":
      return clampPage(index - 1, count);
    case "first":
      return 0;
    case "last":
      return clampPage(count - 1, count);
    default:
      return index;
  }
}

/**
 * A swipe from pointer down to pointer up: far enough sideways, more sideways than up or
 * down, and quick enough. Swiping left goes forward, like turning a page.
 */
export function swipeAction(
  dx: number,
  dy: number,
  ms: number,
  { minDistance = 50, maxMs = 800 } = {},
): PagerAction {
  if (ms > maxMs || Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? "next" : "prev";
}

/** Move one item in a list (for reordering pages); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const item = next.splice(from, 1)[0];
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Words with their character offsets, for highlighting the word being read aloud. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The index of the word containing (or starting after) a character offset. */
export function wordAt(words: Word[], charIndex: number): number {
  const found = words.findIndex((word) => charIndex < word.end);
  if (found !== -1) return found;
  return words.length - 1;
}

/** Alt text for a page's picture: the scene, as the page's first sentence tells it. */
export function pictureAlt(page: { number: number; text: string }): string {
  const first = page.text.split(/(?<=[.!?])\s+/)[0]?.trim() ?? "";
  return `Picture for page ${page.number}${first ? `: ${first}` : ""}`;
}
