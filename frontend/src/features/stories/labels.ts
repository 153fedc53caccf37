/** Words for the story choices the catalogue doesn't carry. */
import type { AgeBand, ArtStyle, JobStep, Lesson, Role, Template } from "@/api/types";

export const TEMPLATES: Record<Template, { label: string; blurb: string }> = {
  adventure: { label: "Adventure", blurb: "A journey with a goal and a brave finish." },
  friendship: { label: "Friendship", blurb: "Making a friend, or making up with one." },
  bedtime: { label: "Bedtime", blurb: "Calm and cosy, winding down to sleep." },
  mystery: { label: "Mystery", blurb: "Clues, questions and a happy answer." },
  lesson: { label: "Everyday lesson", blurb: "Learning something small but important." },
  exploration: { label: "Exploration", blurb: "Finding out what's over the next hill." },
  celebration: { label: "Celebration", blurb: "A birthday, a party, a special day." },
  rescue: { label: "Rescue", blurb: "Helping someone out of a pickle." },
};

export const ART_STYLES: Record<ArtStyle, { label: string; blurb: string }> = {
  storybook: { label: "Storybook", blurb: "Hand-drawn lines on soft paper grain." },
  flat: { label: "Flat and bold", blurb: "Clean shapes and bright, even colours." },
};

export const LESSONS: Record<Lesson, string> = {
  none: "No particular lesson",
  sharing: "Sharing",
  honesty: "Honesty",
  patience: "Patience",
  kindness: "Kindness",
  trying_new_things: "Trying new things",
  bravery: "Bravery",
  teamwork: "Teamwork",
};

export const BANDS: Record<AgeBand, { label: string; ages: string; pages: [number, number] }> = {
  toddler: { label: "Toddler", ages: "2-3", pages: [6, 8] },
  preschool: { label: "Preschool", ages: "3-5", pages: [10, 14] },
  early_reader: { label: "Early reader", ages: "5-7", pages: [12, 16] },
  independent: { label: "Independent reader", ages: "7-10", pages: [12, 20] },
};

export const ROLES: Record<Role, string> = {
  hero: "Hero",
  friend: "Friend",
  helper: "Helper",
  sidekick: "Sidekick",
  mentor: "Mentor",
  pet: "Pet",
};

export const STATUS: Record<string, string> = {
  generating: "Being made",
  ready: "Ready to read",
  failed: "Couldn't be finished",
};

export const STEP_WORDS: Record<JobStep, string> = {
  plan: "Planning the story",
  write: "Writing the pages",
  check: "Checking every word is right for children",
  illustrate: "Drawing the pictures",
  narrate: "Recording the narration",
  assemble: "Putting the book together",
};
