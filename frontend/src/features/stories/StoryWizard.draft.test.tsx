import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { characterFixture } from "@/testing/books";
import catalog from "@/testing/fixtures/catalog.json";
import { json, mockFetch, tokens } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { useStoryDraft } from "./store";

describe("a story draft kept from an earlier visit", () => {
  beforeEach(() => {
    useStoryDraft.getState().reset();
    const fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/catalog", () => json(catalog));
    fetch.on("GET", "/api/characters", () => json({ items: [characterFixture("c1", "Maya")], next_cursor: null }));
    fetch.on("GET", "/api/presets", () => json([]));
  });

  it("is announced, and Start over clears it", async () => {
    useStoryDraft.getState().update({ template: "mystery", idea: "a lost kite" });
    const { user } = renderApp("/stories/new");
    const notice = (await screen.findByText(/We kept your unfinished story/)).closest("[role=status]");
    expect(notice).toHaveTextContent("Welcome back. We kept your unfinished story just as you left it.");
    expect(screen.getByLabelText("Your idea (optional)")).toHaveValue("a lost kite");

    await user.click(screen.getByRole("button", { name: "Start over" }));
    expect(screen.queryByText(/We kept your unfinished story/)).not.toBeInTheDocument();
    expect(screen.getByLabelText("Your idea (optional)")).toHaveValue("");
    expect(screen.getByRole("radio", { name: /^Mystery/ })).not.toBeChecked();
    expect(useStoryDraft.getState().template).toBe("");
    expect(sessionStorage.getItem("storyloom:draft:story")).toBeNull();
    await waitFor(() => {
      expect(screen.getByRole("heading", { level: 1, name: "Plan your picture book" })).toHaveFocus();
    });
  });

  it("is not mentioned for a blank wizard, nor for choices made on this visit", async () => {
    const { user } = renderApp("/stories/new");
    await user.click(await screen.findByRole("radio", { name: /^Mystery/ }));
    await user.type(screen.getByLabelText("Your idea (optional)"), "a lost kite");
    expect(screen.queryByText(/We kept your unfinished/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start over" })).not.toBeInTheDocument();
  });
});
