/**
 * The character wizard's unsaved draft (client state, so Zustand), kept in sessionStorage:
 * if the session expires mid-way, logging in again brings the parent back to it intact.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";

import type { Character, CharacterIn, CharacterSheet, Kind, Pronouns, Trait } from "@/api/types";
import { DRAFT_PREFIX, draftStorage } from "@/lib/drafts";

export const STEPS = ["basics", "looks", "personality", "portrait", "relationships"] as const;
export type Step = (typeof STEPS)[number];

export const DEFAULT_SHEET: CharacterSheet = {
  kind: "child",
  body_color: "#f3c6a5",
  hair_color: "#6a3b1f",
  hair_style: "curly",
  eye_color: "#6b4226",
  outfit: "tshirt",
  outfit_color: "#2a9d8f",
  outfit_accent_color: "#fff4d6",
  accent_color: "#f2c14e",
  accessories: [],
};

/** A sensible fur colour for each animal, so switching kind doesn't leave a pink bear. */
export const KIND_BODY: Partial<Record<Kind, string>> = {
  cat: "#f0a04b",
  dog: "#c9a27a",
  bear: "#9a6a44",
  rabbit: "#f7f4ef",
  fox: "#e8742a",
  owl: "#9b7653",
  dragon: "#5bbf6a",
  robot: "#9fb8d0",
  unicorn: "#fdf6ff",
};

/** Pale markings (muzzle, belly) suit every animal; the sheet default is a child's yellow. */
export const KIND_MARKINGS = "#fff4e6";

export interface Draft {
  /** "new" for a new character; the id when editing one. */
  origin: string;
  /** Set once the character exists on the server (after the personality step). */
  characterId: string | null;
  step: Step;
  name: string;
  /** How the name is said ("shiv-AWN"), for the narrator; empty: as written. */
  pronunciation: string;
  age: string;
  pronouns: Pronouns | "";
  sheet: CharacterSheet;
  traits: Trait[];
  likes: string[];
  dislikes: string[];
  description: string;
  portraitImageId: string | null;
}

export function emptyDraft(origin = "new"): Draft {
  return {
    origin,
    characterId: null,
    step: "basics",
    name: "",
    pronunciation: "",
    age: "",
    pronouns: "",
    sheet: { ...DEFAULT_SHEET, accessories: [] },
    traits: [],
    likes: [],
    dislikes: [],
    description: "",
    portraitImageId: null,
  };
}

/** Whether a new character's draft holds anything a blank wizard does not. */
export function hasChoices(draft: Draft): boolean {
  const blank = emptyDraft(draft.origin);
  return (Object.keys(blank) as (keyof Draft)[]).some(
    (key) => JSON.stringify(draft[key]) !== JSON.stringify(blank[key]),
  );
}

export function draftFromCharacter(character: Character): Draft {
  return {
    origin: character.id,
    characterId: character.id,
    step: "basics",
    name: character.name,
    pronunciation: character.pronunciation,
    age: character.age === null ? "" : String(character.age),
    pronouns: character.pronouns,
    sheet: { ...character.appearance, accessories: [...(character.appearance.accessories ?? [])] },
    traits: [...character.traits],
    likes: [...character.likes],
    dislikes: [...character.dislikes],
    description: character.description,
    portraitImageId: character.portrait_image_id,
  };
}

/** What the server gets from a draft. */
export function toCharacterIn(draft: Draft): CharacterIn {
  const age = draft.age.trim() === "" ? null : Number(draft.age);
  return {
    name: draft.name.trim(),
    pronouns: draft.pronouns || "they",
    age,
    appearance: draft.sheet,
    traits: draft.traits,
    likes: draft.likes,
    dislikes: draft.dislikes,
    description: draft.description.trim(),
    pronunciation: draft.pronunciation.trim(),
  };
}

interface WizardState extends Draft {
  update: (patch: Partial<Omit<Draft, "sheet">>) => void;
  updateSheet: (patch: Partial<CharacterSheet>) => void;
  setKind: (kind: Kind) => void;
  toggleTrait: (trait: Trait, max: number) => void;
  goTo: (step: Step) => void;
  /** Start fresh for `origin` unless the draft already belongs to it. */
  begin: (origin: string, from?: Character) => void;
  reset: () => void;
}

export const useCharacterDraft = create<WizardState>()(
  persist(
    (set, get) => ({
      ...emptyDraft(),
      update: (patch) => {
        set(patch);
      },
      updateSheet: (patch) => {
        set({ sheet: { ...get().sheet, ...patch } });
      },
      setKind: (kind) => {
        const sheet = get().sheet;
        const wasChild = sheet.kind === "child";
        const body =
          kind === "child"
            ? wasChild
              ? sheet.body_color
              : DEFAULT_SHEET.body_color
            : (KIND_BODY[kind] ?? sheet.body_color);
        // An animal starts with nothing a child would find odd (no T-shirt, no hairstyle);
        // a child gets the default hair and clothes back.
        const becomesChild = kind === "child" && !wasChild;
        const becomesAnimal = kind !== "child" && wasChild;
        const looks = becomesChild
          ? { hair_style: DEFAULT_SHEET.hair_style, outfit: DEFAULT_SHEET.outfit }
          : becomesAnimal
            ? { hair_style: "none" as const, outfit: "none" as const, accent_color: KIND_MARKINGS }
            : {};
        set({ sheet: { ...sheet, kind, body_color: body, ...looks } });
      },
      toggleTrait: (trait, max) => {
        const traits = get().traits;
        if (traits.includes(trait)) set({ traits: traits.filter((t) => t !== trait) });
        else if (traits.length < max) set({ traits: [...traits, trait] });
      },
      goTo: (step) => {
        set({ step });
      },
      begin: (origin, from) => {
        if (get().origin === origin) return;
        set(from ? draftFromCharacter(from) : emptyDraft(origin));
      },
      reset: () => {
        set(emptyDraft());
        useCharacterDraft.persist.clearStorage();
      },
    }),
    {
      name: `${DRAFT_PREFIX}character`,
      storage: draftStorage,
      version: 1,
      partialize: (state): Draft => {
        const draft = emptyDraft();
        for (const key of Object.keys(draft) as (keyof Draft)[]) {
          (draft as unknown as Record<string, unknown>)[key] = state[key];
        }
        return draft;
      },
    },
  ),
);
