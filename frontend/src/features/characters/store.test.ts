import { beforeEach, describe, expect, it } from "vitest";

import { basicsErrors, personalityErrors } from "./schemas";
import { emptyDraft, toCharacterIn, useCharacterDraft } from "./store";

describe("character wizard draft", () => {
  beforeEach(() => {
    useCharacterDraft.getState().reset();
  });

  it("is kept in sessionStorage, so a new login finds it", () => {
    useCharacterDraft.getState().update({ name: "Maya", step: "looks" });
    const saved = JSON.parse(sessionStorage.getItem("storyloom:draft:character") ?? "{}") as { state: { name: string; step: string } };
    expect(saved.state.name).toBe("Maya");
    expect(saved.state.step).toBe("looks");
    expect(Object.keys(saved.state)).not.toContain("update");
  });

  it("limits traits to the maximum and toggles them off", () => {
    const s = useCharacterDraft.getState();
    for (const t of ["brave", "kind", "shy", "funny", "clever", "gentle"] as const) s.toggleTrait(t, 5);
    expect(useCharacterDraft.getState().traits).toHaveLength(5);
    useCharacterDraft.getState().toggleTrait("brave", 5);
    expect(useCharacterDraft.getState().traits).not.toContain("brave");
  });

  it("gives animals a fur colour when the kind changes", () => {
    useCharacterDraft.getState().setKind("fox");
    expect(useCharacterDraft.getState().sheet).toMatchObject({ kind: "fox", body_color: "#e8742a" });
  });

  it("dresses a new animal in nothing odd and gives a child its hair back", () => {
    useCharacterDraft.getState().setKind("dog");
    expect(useCharacterDraft.getState().sheet).toMatchObject({
      kind: "dog",
      hair_style: "none",
      outfit: "none",
      accent_color: "#fff4e6",
    });
    useCharacterDraft.getState().setKind("cat");
    useCharacterDraft.getState().updateSheet({ outfit: "raincoat" });
    useCharacterDraft.getState().setKind("bear");
    expect(useCharacterDraft.getState().sheet.outfit).toBe("raincoat"); // a choice is kept
    useCharacterDraft.getState().setKind("child");
    expect(useCharacterDraft.getState().sheet).toMatchObject({ hair_style: "curly", outfit: "tshirt" });
  });

  it("begins a fresh draft for a new origin but keeps its own", () => {
    useCharacterDraft.getState().update({ name: "Maya" });
    useCharacterDraft.getState().begin("new");
    expect(useCharacterDraft.getState().name).toBe("Maya");
    useCharacterDraft.getState().begin("other-id");
    expect(useCharacterDraft.getState().name).toBe("");
  });

  it("validates the basics and personality steps", () => {
    const draft = { ...emptyDraft(), name: "R2D2", age: "six" };
    expect(basicsErrors(draft)).toMatchObject({
      name: expect.stringContaining("letters") as string,
      age: expect.stringContaining("number") as string,
      pronouns: expect.any(String) as string,
    });
    expect(basicsErrors({ ...draft, name: "Mary-Jane O'Neil", age: "6", pronouns: "she" })).toEqual({});
    expect(personalityErrors({ ...draft, likes: ["bugs", "42"] })).toHaveProperty("likes");
    expect(toCharacterIn({ ...draft, name: " Maya ", age: "", pronouns: "she" })).toMatchObject({ name: "Maya", age: null });
  });
});
