import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import type { StoryConfig } from "@/api/types";
import { useSession } from "@/lib/session";
import { characterFixture, storyFixture } from "@/testing/books";
import catalog from "@/testing/fixtures/catalog.json";
import { json, mockFetch, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { useStoryDraft } from "./store";

const preset = {
  id: "pr1",
  name: "Bedtime with Maya",
  created_at: "2025-03-01T10:00:00Z",
  config: {
    cast: [{ character_id: "c1", role: "hero" }, { character_id: "gone", role: "friend" }],
    template: "bedtime",
    setting: "bedroom",
    lesson: "kindness",
    band: "toddler",
    art_style: "flat",
    pages: 7,
    idea: "a sleepy moon",
  } satisfies StoryConfig,
};

describe("the story wizard", () => {
  let fetch: FetchMock;
  let presets: unknown[];
  beforeEach(() => {
    presets = [];
    useStoryDraft.getState().reset();
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/catalog", () => json(catalog));
    fetch.on("GET", "/api/characters", () => json({ items: [characterFixture("c1", "Maya"), characterFixture("c2", "Biscuit")], next_cursor: null }));
    fetch.on("GET", "/api/presets", () => json(presets));
  });

  it("checks every choice, shows a summary, and starts the book", async () => {
    fetch.on("POST", "/api/stories", () => json({ story: storyFixture({ status: "generating", pages: [] }), job: { id: "job-9" } }, { status: 202 }));
    const { user, location } = renderApp("/stories/new");
    await user.click(await screen.findByRole("button", { name: /Review my choices/ }));
    expect(screen.getByText(/things need a look$/)).toBeInTheDocument();
    expect(screen.getByText("Choose at least one character.")).toBeInTheDocument();
    expect(screen.getByText("Choose a kind of story.")).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "Maya" }));
    await user.click(screen.getByRole("checkbox", { name: "Biscuit" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Biscuit's role" }), "pet");
    await user.click(screen.getByRole("radio", { name: /^Adventure/ }));
    await user.selectOptions(screen.getByLabelText("Where does it happen?"), "forest");
    await user.selectOptions(screen.getByLabelText("A gentle lesson"), "kindness");
    await user.click(screen.getByRole("radio", { name: "Preschool (3-5)" }));
    await user.type(screen.getByLabelText("Number of pages (optional)"), "30");
    expect(screen.getByText("For this age, choose between 10 and 14 pages.")).toBeInTheDocument();
    await user.clear(screen.getByLabelText("Number of pages (optional)"));
    await user.type(screen.getByLabelText("Number of pages (optional)"), "12");
    await user.click(screen.getByRole("button", { name: /Review my choices/ }));

    expect(await screen.findByRole("heading", { level: 1, name: "Ready to make your book?" })).toBeInTheDocument();
    const cast = screen.getByRole("list", { name: "Cast" });
    expect(cast).toHaveTextContent("MayaHero");
    expect(cast).toHaveTextContent("BiscuitPet");
    expect(screen.getByText("12 pages")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Make my book" }));
    await waitFor(() => { expect(location()).toBe("/stories/s1/progress?job=job-9"); });
    expect(await fetch.callsTo("POST", "/api/stories")[0]!.json()).toEqual({
      cast: [{ character_id: "c1", role: "hero" }, { character_id: "c2", role: "pet" }],
      template: "adventure",
      setting: "forest",
      lesson: "kindness",
      band: "preschool",
      art_style: "storybook",
      pages: 12,
      idea: null,
    });
  });

  it("puts a refused idea back under its field", async () => {
    fetch.on("POST", "/api/stories", () =>
      problem(422, "unsafe_content", {
        detail: "“a fight” (idea) looks like someone being hurt, which we keep out of children's books.",
        category: "violence",
        span: [0, 7],
        matched: "a fight",
        suggestion: "Try a problem the friends solve together.",
        errors: [{ loc: ["body", "idea"], msg: "blocked" }],
      }),
    );
    const { user } = renderApp("/stories/new");
    await user.click(await screen.findByRole("checkbox", { name: "Maya" }));
    await user.click(screen.getByRole("radio", { name: /^Bedtime/ }));
    await user.selectOptions(screen.getByLabelText("Where does it happen?"), "bedroom");
    await user.selectOptions(screen.getByLabelText("A gentle lesson"), "none");
    await user.click(screen.getByRole("radio", { name: "Toddler (2-3)" }));
    await user.type(screen.getByLabelText("Your idea (optional)"), "a fight");
    await user.click(screen.getByRole("button", { name: /Review my choices/ }));
    await user.click(await screen.findByRole("button", { name: "Make my book" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Plan your picture book" })).toBeInTheDocument();
    expect(screen.getByLabelText("Your idea (optional)")).toHaveAttribute("aria-invalid", "true");
    const note = screen.getByRole("note", { name: "Words we can't use" });
    expect(within(note).getByText("a fight", { selector: "mark" })).toBeInTheDocument();
    expect(note).toHaveTextContent("Try instead: Try a problem the friends solve together.");
    await user.type(screen.getByLabelText("Your idea (optional)"), "!");
    expect(screen.queryByRole("note", { name: "Words we can't use" })).not.toBeInTheDocument();
  });

  it("fills the form from a preset (dropping characters that are gone) and saves choices as one", async () => {
    presets = [preset];
    fetch.on("POST", "/api/presets", async (r) => json({ ...preset, id: "pr2", name: ((await r.json()) as { name: string }).name }, { status: 201 }));
    const { user } = renderApp("/stories/new");
    const picker = await screen.findByRole("region", { name: "Start from a preset" });
    expect(picker).toHaveTextContent("Bedtime · Toddler · 2 characters");
    await user.click(within(picker).getByRole("button", { name: "Use these choices: Bedtime with Maya" }));
    expect(screen.getByRole("checkbox", { name: "Maya" })).toBeChecked();
    expect(screen.getByRole("radio", { name: /^Bedtime/ })).toBeChecked();
    expect(screen.getByLabelText("Number of pages (optional)")).toHaveValue("7");
    expect(screen.getByLabelText("Your idea (optional)")).toHaveValue("a sleepy moon");

    await user.click(screen.getByRole("button", { name: /Review my choices/ }));
    await user.type(await screen.findByLabelText("Save these choices as a preset (optional)"), "Moon nights");
    await user.click(screen.getByRole("button", { name: "Save preset" }));
    await waitFor(() => { expect(fetch.callsTo("POST", "/api/presets")).toHaveLength(1); });
    const body = (await fetch.callsTo("POST", "/api/presets")[0]!.json()) as { name: string; config: StoryConfig };
    expect(body.name).toBe("Moon nights");
    expect(body.config.cast).toEqual([{ character_id: "c1", role: "hero" }]);
  });

  it("starts a book straight from a preset", async () => {
    presets = [preset];
    fetch.on("POST", "/api/presets/pr1/stories", () => json({ story: storyFixture({ id: "s7" }), job: { id: "job-7" } }, { status: 202 }));
    const { user, location } = renderApp("/stories/new");
    await user.click(await screen.findByRole("button", { name: "Make it now: Bedtime with Maya" }));
    await waitFor(() => { expect(location()).toBe("/stories/s7/progress?job=job-7"); });
  });
});
