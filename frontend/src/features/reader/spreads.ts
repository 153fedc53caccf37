/** How the printed book falls into spreads (two facing pages), for the print preview. */
import type { StoryPage } from "@/api/types";

export type Sheet =
  | { kind: "blank" }
  | { kind: "cover"; title: string; forName: string; imageId: string | null }
  | { kind: "dedication"; text: string }
  | { kind: "page"; page: StoryPage }
  | { kind: "back"; title: string };

/**
 * The PDF's pages in order (cover, dedication if any, the story, a back page), paired as
 * a printed book opens: the cover alone on the right, then left/right pairs.
 */
export function spreads(
  story: { title: string; cover_image_id: string | null; pages: StoryPage[] },
  { forName, dedication }: { forName: string; dedication: string },
): [Sheet, Sheet][] {
  const sheets: Sheet[] = [
    { kind: "cover", title: story.title, forName: forName.trim(), imageId: story.cover_image_id },
    ...(dedication.trim() ? [{ kind: "dedication", text: dedication.trim() } as const] : []),
    ...story.pages.map((page) => ({ kind: "page", page }) as const),
    { kind: "back", title: story.title },
  ];
  const out: [Sheet, Sheet][] = [[{ kind: "blank" }, sheets[0] ?? { kind: "blank" }]];
  for (let i = 1; i < sheets.length; i += 2) {
    out.push([sheets[i] ?? { kind: "blank" }, sheets[i + 1] ?? { kind: "blank" }]);
  }
  return out;
}
