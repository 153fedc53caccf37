import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { characterFixture } from "@/testing/books";
import catalog from "@/testing/fixtures/catalog.json";
import { json, mockFetch, tokens } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { useStoryDraft } from "./store";

describe("the picture style choice", () => {
  beforeEach(() => {
    useStoryDraft.getState().reset();
    const fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/catalog", () => json(catalog));
    fetch.on("GET", "/api/characters", () => json({ items: [characterFixture("c1", "Maya")], next_cursor: null }));
    fetch.on("GET", "/api/presets", () => json([]));
  });

  it("shows each style on a small picture drawn in it, and picks one", async () => {
    const { user } = renderApp("/stories/new");
    const group = await screen.findByRole("group", { name: "Picture style" });
    const pictures = group.querySelectorAll("img");
    expect([...pictures].map((img) => img.getAttribute("src"))).toEqual([
      "/api/sample/styles/storybook",
      "/api/sample/styles/flat",
    ]);
    for (const img of pictures) {
      expect(img).toHaveAttribute("width");
      expect(img).toHaveAttribute("height"); // room kept while it loads: nothing jumps
      expect(img).toHaveAttribute("loading", "lazy");
    }
    const storybook = screen.getByRole("radio", { name: /^Storybook/ });
    const flat = screen.getByRole("radio", { name: /^Flat and bold/ });
    expect(storybook).toBeChecked();
    await user.click(screen.getByText("Clean shapes and bright, even colours."));
    expect(flat).toBeChecked();
    expect(useStoryDraft.getState().artStyle).toBe("flat");
  });
});
