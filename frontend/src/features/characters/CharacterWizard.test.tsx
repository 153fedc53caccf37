import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useSession } from "@/lib/session";
import { characterFixture, svgResponse } from "@/testing/books";
import catalog from "@/testing/fixtures/catalog.json";
import { json, mockFetch, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { useCharacterDraft } from "./store";

const image = (id: string) => ({ id, kind: "portrait", width: 512, height: 512, created_at: "2025-03-01T10:00:00Z", expires_at: null });

describe("the character wizard", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    useCharacterDraft.getState().reset();
    fetch.on("GET", "/api/catalog", () => json(catalog));
    fetch.on("POST", "/api/illustrations/preview", () => svgResponse());
    fetch.on("GET", "/api/characters", () => json({ items: [], next_cursor: null }));
  });

  async function basics(user: ReturnType<typeof renderApp>["user"], name = "Pip") {
    await user.type(await screen.findByLabelText("Name"), name);
    await user.click(screen.getByRole("radio", { name: "Fox" }));
    await user.click(screen.getByRole("radio", { name: "They / them" }));
    await user.click(screen.getByRole("button", { name: /^Next/ }));
  }

  it("checks the basics, then shows a live preview of the looks", async () => {
    const { user } = renderApp("/characters/new");
    expect(await screen.findByRole("heading", { level: 1, name: "The basics" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Next/ }));
    expect(screen.getByLabelText("Name")).toHaveAttribute("aria-invalid", "true");
    await basics(user);
    expect(await screen.findByRole("heading", { level: 1, name: "Looks · Pip" })).toBeInTheDocument();
    expect(await screen.findByRole("img", { name: /Preview of Pip/ })).toBeInTheDocument();
    const [preview] = fetch.callsTo("POST", "/api/illustrations/preview");
    expect(await preview!.json()).toMatchObject({
      kind: "portrait",
      sheet: { kind: "fox", hair_style: "none", outfit: "none" },
    });
    // a fox is offered markings in fur colours, not a child's hairstyle; no "Accessory colour"
    // that would paint its muzzle
    expect(screen.getByText("Markings: muzzle, chest and tail tip")).toBeInTheDocument();
    expect(screen.queryByText("Hair style")).not.toBeInTheDocument();
    expect(screen.queryByText("Accessory colour")).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Scarf" }));
    expect(await screen.findByText("Scarf, bow and bag colour")).toBeInTheDocument();
  });

  it("saves after the personality step, then draws portraits and keeps the chosen one", async () => {
    fetch.on("POST", "/api/characters", () => json(characterFixture("c9", "Pip"), { status: 201 }));
    fetch.on("POST", "/api/characters/c9/portraits", () => json([image("i1"), image("i2")]));
    fetch.on("PUT", "/api/characters/c9/portrait", () => json({ ...characterFixture("c9", "Pip"), portrait_image_id: "i2" }));
    fetch.on("GET", "/api/images/i1", () => svgResponse());
    fetch.on("GET", "/api/images/i2", () => svgResponse());
    const { user } = renderApp("/characters/new");
    await basics(user);
    await user.click(await screen.findByRole("button", { name: /^Next/ }));
    expect(await screen.findByRole("heading", { level: 1, name: "Personality · Pip" })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Brave" }));
    await user.type(screen.getByLabelText("Anything else? (optional)"), "Loves puddles.");
    await user.click(screen.getByRole("button", { name: "Save and choose a portrait" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Portrait · Pip" })).toBeInTheDocument();
    const body = (await fetch.callsTo("POST", "/api/characters")[0]!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: "Pip", pronouns: "they", traits: ["brave"], description: "Loves puddles." });
    await user.click(screen.getByRole("button", { name: /Draw 4 portraits/ }));
    await user.click(await screen.findByRole("button", { name: "Choose option 2" }));
    expect(await screen.findByRole("button", { name: "Option 2 chosen" })).toBeInTheDocument();
    expect(await fetch.callsTo("PUT", "/api/characters/c9/portrait")[0]!.json()).toEqual({ image_id: "i2" });
  });

  it("takes the parent back to the step with a refused field", async () => {
    fetch.on("POST", "/api/characters", () =>
      problem(422, "unsafe_content", { category: "profanity", errors: [{ loc: ["body", "name"], msg: "blocked" }] }),
    );
    const { user } = renderApp("/characters/new");
    await basics(user, "Rude");
    await user.click(await screen.findByRole("button", { name: /^Next/ }));
    await user.click(await screen.findByRole("button", { name: "Save and choose a portrait" }));
    expect(await screen.findByRole("heading", { level: 1, name: "The basics" })).toBeInTheDocument();
    await waitFor(() => { expect(screen.getByLabelText("Name")).toHaveAttribute("aria-invalid", "true"); });
  });
});
