/** A small finished book and a cast, as the API returns them, for reader and wizard tests. */
import type { Character, Story } from "@/api/types";

export const storyFixture = (overrides: Partial<Story> = {}): Story =>
  ({
    id: "s1",
    title: "Maya and the Moon",
    status: "ready",
    band: "toddler",
    page_count: 3,
    cover_image_id: "img-1",
    text_engine: "procedural",
    image_engine: "procedural",
    job_id: null,
    created_at: "2025-03-01T10:00:00Z",
    updated_at: "2025-03-01T10:00:00Z",
    config: {
      cast: [{ character_id: "c1", role: "hero" }],
      template: "bedtime",
      setting: "bedroom",
      lesson: "none",
      band: "toddler",
      art_style: "flat",
      pages: null,
      idea: null,
    },
    pages: [
      { id: "p1", number: 1, text: "Maya looks at the moon.", image_id: "img-1", image_url: null },
      { id: "p2", number: 2, text: "The moon smiles back.", image_id: "img-2", image_url: null },
      { id: "p3", number: 3, text: "Goodnight, moon.", image_id: "img-3", image_url: null },
    ],
    ...overrides,
  });

export const characterFixture = (id: string, name: string): Character =>
  ({
    id,
    name,
    kind: "child",
    pronouns: "she",
    age: 5,
    traits: [],
    likes: [],
    dislikes: [],
    description: "",
    portrait_image_id: null,
    appearance: {},
    created_at: "2025-03-01T10:00:00Z",
    updated_at: "2025-03-01T10:00:00Z",
  }) as unknown as Character;

export const svgResponse = () => new Response("<svg xmlns='http://www.w3.org/2000/svg'/>", { headers: { "Content-Type": "image/svg+xml" } });
