/** Every story choice checked before anything is sent (the server checks again). */
import { BANDS } from "./labels";
import type { StoryDraft } from "./store";

export type StoryErrors = Partial<Record<"cast" | "template" | "setting" | "lesson" | "band" | "pages" | "idea", string>>;

export function storyErrors(draft: StoryDraft): StoryErrors {
  const errors: StoryErrors = {};
  const heroes = draft.cast.filter((m) => m.role === "hero").length;
  if (draft.cast.length === 0) errors.cast = "Choose at least one character.";
  else if (heroes !== 1) errors.cast = "Choose exactly one hero.";
  else if (draft.cast.length > 5) errors.cast = "Up to 5 characters can be in one story.";
  if (!draft.template) errors.template = "Choose a kind of story.";
  if (!draft.setting) errors.setting = "Choose where it happens.";
  if (!draft.lesson) errors.lesson = "Choose a lesson (or no particular lesson).";
  if (!draft.band) errors.band = "Choose who it's for.";
  if (draft.pages.trim()) {
    const n = Number(draft.pages);
    if (!/^\d+$/.test(draft.pages.trim())) errors.pages = "Enter a number of pages, like 12.";
    else if (draft.band) {
      const [min, max] = BANDS[draft.band].pages;
      if (n < min || n > max) errors.pages = `For this age, choose between ${min} and ${max} pages.`;
    }
  }
  if (draft.idea.length > 500) errors.idea = "Please keep the idea under 500 characters.";
  return errors;
}
