/** The story wizard's unsaved choices (client state), kept in sessionStorage like drafts. */
import { create } from "zustand";
import { persist } from "zustand/middleware";

import type { AgeBand, ArtStyle, Lesson, Role, Setting, StoryConfig, Template } from "@/api/types";
import { DRAFT_PREFIX, draftStorage } from "@/lib/drafts";

export interface CastMember {
  characterId: string;
  role: Role;
}

export interface StoryDraft {
  cast: CastMember[];
  template: Template | "";
  setting: Setting | "";
  lesson: Lesson | "";
  band: AgeBand | "";
  pages: string;
  artStyle: ArtStyle;
  idea: string;
  reviewing: boolean;
}

export const emptyStoryDraft = (): StoryDraft => ({
  cast: [],
  template: "",
  setting: "",
  lesson: "",
  band: "",
  pages: "",
  artStyle: "storybook",
  idea: "",
  reviewing: false,
});

/** Whether any choice differs from a blank wizard's (the review screen aside). */
export function hasChoices(draft: StoryDraft): boolean {
  const blank = emptyStoryDraft();
  return (Object.keys(blank) as (keyof StoryDraft)[]).some(
    (key) => key !== "reviewing" && JSON.stringify(draft[key]) !== JSON.stringify(blank[key]),
  );
}

interface StoryDraftState extends StoryDraft {
  update: (patch: Partial<StoryDraft>) => void;
  toggleCast: (characterId: string) => void;
  setRole: (characterId: string, role: Role) => void;
  reset: () => void;
}

export const useStoryDraft = create<StoryDraftState>()(
  persist(
    (set, get) => ({
      ...emptyStoryDraft(),
      update: (patch) => {
        set(patch);
      },
      toggleCast: (characterId) => {
        const cast = get().cast;
        if (cast.some((m) => m.characterId === characterId)) {
          set({ cast: cast.filter((m) => m.characterId !== characterId) });
        } else {
          const role: Role = cast.some((m) => m.role === "hero") ? "friend" : "hero";
          set({ cast: [...cast, { characterId, role }] });
        }
      },
      setRole: (characterId, role) => {
        set({
          cast: get().cast.map((m) =>
            m.characterId === characterId
              ? { ...m, role }
              : // Only one hero: the previous hero becomes a friend.
                role === "hero" && m.role === "hero"
                ? { ...m, role: "friend" }
                : m,
          ),
        });
      },
      reset: () => {
        set(emptyStoryDraft());
        useStoryDraft.persist.clearStorage();
      },
    }),
    {
      name: `${DRAFT_PREFIX}story`,
      storage: draftStorage,
      version: 1,
      partialize: (state): StoryDraft => {
        const draft = emptyStoryDraft();
        for (const key of Object.keys(draft) as (keyof StoryDraft)[]) {
          (draft as unknown as Record<string, unknown>)[key] = state[key];
        }
        return draft;
      },
    },
  ),
);

/** A saved configuration back into the wizard's fields (for "start from a preset"). */
export function fromStoryConfig(config: StoryConfig): StoryDraft {
  return {
    cast: config.cast.map((m) => ({ characterId: m.character_id, role: m.role })),
    template: config.template,
    setting: config.setting,
    lesson: config.lesson,
    band: config.band,
    pages: config.pages ? String(config.pages) : "",
    artStyle: config.art_style,
    idea: config.idea ?? "",
    reviewing: false,
  };
}

export function toStoryConfig(draft: StoryDraft): StoryConfig {
  return {
    cast: draft.cast.map((m) => ({ character_id: m.characterId, role: m.role })),
    template: draft.template as Template,
    setting: draft.setting as Setting,
    lesson: draft.lesson as Lesson,
    band: draft.band as AgeBand,
    art_style: draft.artStyle,
    pages: draft.pages.trim() ? Number(draft.pages) : null,
    idea: draft.idea.trim() || null,
  };
}
