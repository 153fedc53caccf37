/** The reader's tools on a phone: four cells, the rarely used tools in a "More…" menu. */
import { act, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { useSession } from "@/lib/session";
import { storyFixture, svgResponse } from "@/testing/books";
import { json, mockFetch, tokens } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

/** A screen `width` px wide, as far as CSS media queries go. */
function screenWidth(width: number) {
  vi.stubGlobal("matchMedia", (query: string) => {
    const max = /max-width:\s*([\d.]+)rem/.exec(query);
    return {
      matches: max ? width <= Number(max[1]) * 16 : false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
  });
}

describe("the reader's tools", () => {
  beforeEach(() => {
    const fetch = mockFetch();
    useSession.getState().signIn(tokens("t"));
    fetch.on("GET", "/api/stories/s1", () => json(storyFixture()));
    fetch.on("GET", "/api/stories/s1/shares", () => json([]));
    for (const i of [1, 2, 3]) fetch.on("GET", `/api/images/img-${i}`, () => svgResponse());
  });

  it("shows every tool as a button on a wide screen", async () => {
    screenWidth(1280);
    renderApp("/stories/s1");
    const change = await screen.findByRole("toolbar", { name: "Change this book" });
    expect(within(change).getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Edit text",
      "New picture",
      "Add page",
      "Remove page",
      "Reorder pages",
    ]);
    const keep = screen.getByRole("toolbar", { name: "Keep and share" });
    expect(within(keep).getAllByRole("button").map((b) => b.textContent)).toEqual(["Print or download", "Share", "Rename, copy or delete"]);
    expect(screen.queryByRole("button", { name: "More…" })).not.toBeInTheDocument();
  });

  it("keeps the rest in a More… menu on a phone, from the keyboard too", async () => {
    screenWidth(360);
    const { user } = renderApp("/stories/s1");
    const tools = await screen.findByRole("toolbar", { name: "Change and share this book" });
    expect(within(tools).getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Edit text",
      "New picture",
      "Print or download",
      "More…",
    ]);
    // The menu loads on first use on a narrow screen; until then More… waits, disabled.
    await waitFor(() => {
      expect(within(tools).getByRole("button", { name: "More…" })).toHaveAttribute("aria-haspopup", "true");
    });
    const more = within(tools).getByRole("button", { name: "More…" });

    act(() => { more.focus(); });
    await user.keyboard("{Enter}");
    const menu = await screen.findByRole("menu", { name: "More…" });
    expect(within(menu).getAllByRole("menuitemradio").map((i) => i.textContent)).toEqual([
      "Add page",
      "Remove page",
      "Reorder pages",
      "Share",
      "Rename, copy or delete",
    ]);
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(await screen.findByRole("region", { name: "Reorder pages" })).toBeInTheDocument();
    await waitFor(() => { expect(screen.queryByRole("menu")).not.toBeInTheDocument(); });
    await waitFor(() => { expect(more).toHaveFocus(); });

    // The open tool is ticked; choosing it again closes its panel.
    await user.click(more);
    const reorder = await screen.findByRole("menuitemradio", { name: "Reorder pages" });
    expect(reorder).toHaveAttribute("aria-checked", "true");
    await user.click(reorder);
    await waitFor(() => { expect(screen.queryByRole("region", { name: "Reorder pages" })).not.toBeInTheDocument(); });

    await user.click(more);
    await user.click(await screen.findByRole("menuitemradio", { name: "Share" }));
    expect(await screen.findByRole("region", { name: /^Share/ })).toBeInTheDocument();
  });
});
