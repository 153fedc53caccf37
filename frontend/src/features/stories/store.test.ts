import { beforeEach, describe, expect, it } from "vitest";

import { storyErrors } from "./schemas";
import { toStoryConfig, useStoryDraft } from "./store";

describe("story wizard draft", () => {
  beforeEach(() => {
    useStoryDraft.getState().reset();
  });

  it("makes the first character the hero and keeps exactly one hero", () => {
    const s = useStoryDraft.getState();
    s.toggleCast("a");
    s.toggleCast("b");
    expect(useStoryDraft.getState().cast).toEqual([
      { characterId: "a", role: "hero" },
      { characterId: "b", role: "friend" },
    ]);
    useStoryDraft.getState().setRole("b", "hero");
    expect(useStoryDraft.getState().cast.map((m) => m.role)).toEqual(["friend", "hero"]);
  });

  it("checks every field before the summary", () => {
    expect(Object.keys(storyErrors(useStoryDraft.getState())).sort()).toEqual(["band", "cast", "lesson", "setting", "template"]);
    const s = useStoryDraft.getState();
    s.toggleCast("a");
    s.update({ template: "adventure", setting: "forest", lesson: "kindness", band: "toddler", pages: "12" });
    expect(storyErrors(useStoryDraft.getState())).toEqual({ pages: "For this age, choose between 6 and 8 pages." });
    useStoryDraft.getState().update({ pages: "7", idea: "  a lost kite " });
    expect(storyErrors(useStoryDraft.getState())).toEqual({});
    expect(toStoryConfig(useStoryDraft.getState())).toMatchObject({ pages: 7, idea: "a lost kite", cast: [{ character_id: "a", role: "hero" }] });
  });
});
