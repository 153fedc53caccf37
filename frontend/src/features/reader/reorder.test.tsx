/**
 * Reordering pages in the reader: a dragged page stays where it was dropped (the new order
 * shows at once and is kept, whatever answers arrive meanwhile), a failed save puts the old
 * order back with a toast, and the Move buttons work from the keyboard, focus staying put.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import type { Story } from "@/api/types";
import { useSession } from "@/lib/session";
import { storyFixture, svgResponse } from "@/testing/books";
import { json, mockFetch, problem, tokens, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

/** A response the test lets go of when it chooses. */
function deferred() {
  let release: (response: Response) => void = () => undefined;
  const promise = new Promise<Response>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

/** The book as the server would answer after putting its pages in this order. */
function inOrder(ids: string[]): Story {
  const story = storyFixture();
  const byId = new Map(story.pages.map((p) => [p.id, p]));
  return { ...story, pages: ids.map((id, i) => ({ ...byId.get(id)!, number: i + 1 })) };
}

/** The page texts in the order the panel lists them. */
function listed(panel: HTMLElement): string[] {
  return within(panel)
    .getAllByRole("listitem")
    .map((li) => li.querySelector("p")?.textContent.replace(/^\d+\.\s*/, "") ?? "");
}

const MAYA = "Maya looks at the moon.";
const SMILE = "The moon smiles back.";
const NIGHT = "Goodnight, moon.";

/** A mouse drag of the `from`th page onto the `to`th (HTML drag and drop events). */
async function drag(panel: HTMLElement, from: number, to: number) {
  const items = within(panel).getAllByRole("listitem");
  // One event at a time, as a browser sends them (each rendered before the next).
  fireEvent.dragStart(items[from]!, { dataTransfer: { effectAllowed: "none", setData: () => undefined } });
  fireEvent.dragOver(items[to]!);
  fireEvent.drop(items[to]!);
  fireEvent.dragEnd(items[from]!);
  await act(() => new Promise((r) => setTimeout(r, 0))); // the optimistic order
}

async function openPanel() {
  const view = renderApp("/stories/s1");
  await view.user.click(await screen.findByRole("button", { name: "Reorder pages" }));
  const panel = screen.getByRole("region", { name: "Reorder pages" });
  return { ...view, panel };
}

describe("reordering pages", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/stories/s1", () => json(storyFixture()));
    for (const i of [1, 2, 3]) fetch.on("GET", `/api/images/img-${i}`, () => svgResponse());
  });

  it("keeps a dropped page in its new place while an older copy of the book arrives", async () => {
    const save = deferred();
    fetch.on("PUT", "/api/stories/s1/pages/order", () => save.promise);
    const { panel, queryClient, location } = await openPanel();
    // The book is being read again (another tab's change, the window regaining focus...):
    // its answer, the old order, arrives after the drop.
    const reread = deferred();
    fetch.once("GET", "/api/stories/s1", () => reread.promise);
    act(() => { void queryClient.invalidateQueries({ queryKey: ["stories", "one", "s1"] }); });
    await waitFor(() => { expect(fetch.callsTo("GET", "/api/stories/s1")).toHaveLength(2); });

    await drag(panel, 0, 2);
    await waitFor(() => { expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]); });
    await act(async () => {
      reread.release(json(storyFixture()));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]);
    await act(async () => {
      save.release(json(inOrder(["p2", "p3", "p1"])));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]);
    expect(await fetch.callsTo("PUT", "/api/stories/s1/pages/order")[0]!.json()).toEqual({ page_ids: ["p2", "p3", "p1"] });
    // The reader opens the moved page where it now is.
    expect(location()).toBe("/stories/s1?page=3");
  });

  it("keeps the latest order when two drags are saved one after the other", async () => {
    const saves = [deferred(), deferred()];
    let n = 0;
    fetch.on("PUT", "/api/stories/s1/pages/order", () => saves[n++]!.promise);
    const { panel } = await openPanel();

    await drag(panel, 0, 2); // p2 p3 p1
    await waitFor(() => { expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]); });
    await drag(panel, 2, 0); // p1 p2 p3: Maya back to the front
    await waitFor(() => { expect(listed(panel)).toEqual([MAYA, SMILE, NIGHT]); });
    await drag(panel, 1, 2); // p1 p3 p2
    await waitFor(() => { expect(listed(panel)).toEqual([MAYA, NIGHT, SMILE]); });

    // The first save answers while the later moves are still on their way: the list must
    // not jump back to that older order.
    await act(async () => {
      saves[0]!.release(json(inOrder(["p2", "p3", "p1"])));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(listed(panel)).toEqual([MAYA, NIGHT, SMILE]);
    // Saves go one at a time, in the order they were made.
    await waitFor(() => { expect(fetch.callsTo("PUT", "/api/stories/s1/pages/order")).toHaveLength(2); });
    saves.push(deferred());
    await act(async () => {
      saves[1]!.release(json(inOrder(["p1", "p2", "p3"])));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(listed(panel)).toEqual([MAYA, NIGHT, SMILE]);
    await waitFor(() => { expect(fetch.callsTo("PUT", "/api/stories/s1/pages/order")).toHaveLength(3); });
    await act(async () => {
      saves[2]!.release(json(inOrder(["p1", "p3", "p2"])));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(listed(panel)).toEqual([MAYA, NIGHT, SMILE]);
    const sent = await Promise.all(fetch.callsTo("PUT", "/api/stories/s1/pages/order").map((c) => c.json()));
    expect(sent).toEqual([
      { page_ids: ["p2", "p3", "p1"] },
      { page_ids: ["p1", "p2", "p3"] },
      { page_ids: ["p1", "p3", "p2"] },
    ]);
  });

  it("puts the old order back and says so when the save fails", async () => {
    fetch.once("PUT", "/api/stories/s1/pages/order", () => problem(503, "service_unavailable"));
    const { panel } = await openPanel();
    await drag(panel, 0, 2);
    expect(await screen.findByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(listed(panel)).toEqual([MAYA, SMILE, NIGHT]);

    fetch.on("PUT", "/api/stories/s1/pages/order", () => json(inOrder(["p2", "p3", "p1"])));
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => { expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]); });
    expect(await fetch.callsTo("PUT", "/api/stories/s1/pages/order")[1]!.json()).toEqual({ page_ids: ["p2", "p3", "p1"] });
  });

  it("moves pages from the keyboard, focus staying on the moved page", async () => {
    const save = deferred();
    fetch.on("PUT", "/api/stories/s1/pages/order", async (request) => {
      const { page_ids } = (await request.json()) as { page_ids: string[] };
      await save.promise;
      return json(inOrder(page_ids));
    });
    const { panel, user } = await openPanel();
    act(() => { within(panel).getByRole("button", { name: "Move page 1 down" }).focus(); });
    await user.keyboard("{Enter}");
    await act(() => new Promise((r) => setTimeout(r, 20))); // the new order, then focus
    expect(listed(panel)).toEqual([SMILE, MAYA, NIGHT]);
    // Still on Maya's page (now page 2), even while the save is on its way.
    await waitFor(() => { expect(document.activeElement).toHaveAccessibleName("Move page 2 down"); });
    await user.keyboard("{Enter}");
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]);
    // At the bottom there is no "down": focus goes to the page's other button.
    await waitFor(() => { expect(document.activeElement).toHaveAccessibleName("Move page 3 up"); });
    await act(async () => {
      save.release(new Response());
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(listed(panel)).toEqual([SMILE, NIGHT, MAYA]);
    expect(await screen.findByText("Moved to position 3 of 3.")).toBeInTheDocument();
  });
});
