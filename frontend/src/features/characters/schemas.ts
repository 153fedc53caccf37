/** The wizard's checks, the same rules as the server's (which has the last word). */
import * as z from "zod/mini";

import type { Draft } from "./store";

// Letters, with single spaces, apostrophes or hyphens between words (the server's rule).
export const NAME_PATTERN = /^\p{L}[\p{L}\p{M}]*(?:[ '-]\p{L}[\p{L}\p{M}]*)*$/u;

const word = z.string().check(
  z.trim(),
  z.minLength(1, "Please fill this in."),
  z.maxLength(40, "Use 40 characters or fewer."),
  z.regex(NAME_PATTERN, "Use letters only (spaces, ' and - between words are fine)."),
);

/** The longest name the server takes. */
export const NAME_LIMIT = 40;

export const basicsSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Please give your character a name."),
      z.maxLength(NAME_LIMIT, `Names can have up to ${String(NAME_LIMIT)} letters.`),
      z.regex(NAME_PATTERN, "Use letters only (spaces, ' and - between words are fine)."),
    ),
  age: z.string().check(
    z.refine((v) => v.trim() === "" || (/^\d+$/.test(v.trim()) && Number(v) <= 150), {
      message: "Enter an age as a number, like 6 (or leave it empty).",
    }),
  ),
  pronouns: z.string().check(z.minLength(1, "Please choose how to talk about them.")),
  pronunciation: z.string().check(
    z.trim(),
    z.maxLength(80, "Keep it under 80 letters."),
    z.regex(/^(?:[A-Za-z]+(?:[ '-][A-Za-z]+)*)?$/, "Use plain letters, with - between the parts, like shiv-AWN."),
  ),
});

export const personalitySchema = z.object({
  traits: z.array(z.string()).check(z.maxLength(5, "Choose up to 5 traits.")),
  likes: z.array(word).check(z.maxLength(5, "Up to 5 likes.")),
  dislikes: z.array(word).check(z.maxLength(5, "Up to 5 dislikes.")),
  description: z.string().check(z.maxLength(500, "Please keep it under 500 characters.")),
});

export type Errors = Partial<Record<string, string>>;

/** The first problem with each field (by top-level name), or an empty object. */
export function validate(schema: z.ZodMiniType, values: unknown): Errors {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    errors[key] ??= issue.message;
  }
  return errors;
}

export function basicsErrors(draft: Draft): Errors {
  return validate(basicsSchema, {
    name: draft.name,
    age: draft.age,
    pronouns: draft.pronouns,
    pronunciation: draft.pronunciation,
  });
}

export function personalityErrors(draft: Draft): Errors {
  return validate(personalitySchema, {
    traits: draft.traits,
    likes: draft.likes,
    dislikes: draft.dislikes,
    description: draft.description,
  });
}

/**
 * The errors to show now. An error stays while its field is unchanged since it was found
 * (the server's, say) or is still wrong (then with the current wording); a fixed field's
 * error goes as soon as it is fixed. A field over its limit says so as you type.
 */
export function shownErrors(found: Errors, foundFor: Record<string, unknown>, now: Record<string, unknown>, live: Errors): Errors {
  const shown: Errors = {};
  for (const [field, message] of Object.entries(found)) {
    if (live[field]) shown[field] = live[field];
    else if (!(field in now) || JSON.stringify(now[field]) === JSON.stringify(foundFor[field])) shown[field] = message;
  }
  if (typeof now["name"] === "string" && Array.from(now["name"].trim()).length > NAME_LIMIT) shown["name"] = live["name"];
  return shown;
}

/** What each checked field holds, to tell when a field has changed. */
export function fieldValues(draft: Draft): Record<string, unknown> {
  return {
    name: draft.name,
    age: draft.age,
    pronouns: draft.pronouns,
    pronunciation: draft.pronunciation,
    traits: draft.traits,
    likes: draft.likes,
    dislikes: draft.dislikes,
    description: draft.description,
  };
}

/** "bugs, puddles , , mud" -> ["bugs", "puddles", "mud"] */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
