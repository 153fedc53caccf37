import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { svgResponse } from "@/testing/books";
import catalog from "@/testing/fixtures/catalog.json";
import { json, mockFetch, tokens } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { useCharacterDraft } from "./store";

describe("a new character's draft kept from an earlier visit", () => {
  beforeEach(() => {
    const fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    useCharacterDraft.getState().reset();
    fetch.on("GET", "/api/catalog", () => json(catalog));
    fetch.on("POST", "/api/illustrations/preview", () => svgResponse());
    fetch.on("GET", "/api/characters", () => json({ items: [], next_cursor: null }));
  });

  it("is announced on the step it was left at, and Start over clears it", async () => {
    useCharacterDraft.getState().update({ name: "Pip", pronouns: "they", step: "looks" });
    const { user } = renderApp("/characters/new");
    const notice = (await screen.findByText(/We kept your unfinished character/)).closest("[role=status]");
    expect(notice).toHaveTextContent("Welcome back. We kept your unfinished character just as you left it.");
    expect(screen.getByRole("heading", { level: 1, name: "Looks · Pip" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Start over" }));
    expect(screen.queryByText(/We kept your unfinished character/)).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole("heading", { level: 1, name: "The basics" })).toHaveFocus();
    });
    expect(screen.getByLabelText("Name")).toHaveValue("");
    expect(useCharacterDraft.getState().name).toBe("");
  });

  it("is not mentioned for a blank wizard", async () => {
    const { user } = renderApp("/characters/new");
    await user.type(await screen.findByLabelText("Name"), "Pip");
    expect(screen.queryByText(/We kept your unfinished/)).not.toBeInTheDocument();
  });
});
