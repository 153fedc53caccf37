import { describe, expect, it } from "vitest";

import { applyAction, clampPage, keyAction, moveItem, pictureAlt, splitWords, swipeAction, wordAt } from "./pager";

describe("reader page logic", () => {
  it("maps keys to page turns and stays inside the book", () => {
    expect(keyAction("ArrowRight")).toBe("next");
    expect(keyAction("ArrowLeft")).toBe("prev");
    expect(keyAction("a")).toBeNull();
    expect(applyAction(0, 5, "prev")).toBe(0);
    expect(applyAction(4, 5, "next")).toBe(4);
    expect(applyAction(2, 5, "last")).toBe(4);
    expect(applyAction(2, 5, "first")).toBe(0);
    expect(clampPage(9, 0)).toBe(0);
  });
  it("turns on a quick sideways swipe only", () => {
    expect(swipeAction(-120, 10, 200)).toBe("next");
    expect(swipeAction(120, 10, 200)).toBe("prev");
    expect(swipeAction(30, 0, 200)).toBeNull();
    expect(swipeAction(-120, 150, 200)).toBeNull();
    expect(swipeAction(-120, 0, 2000)).toBeNull();
  });
  it("moves pages", () => {
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
  it("finds the word being read from a character offset", () => {
    const words = splitWords("Maya found  a kite.");
    expect(words.map((w) => w.text)).toEqual(["Maya", "found", "a", "kite."]);
    expect(wordAt(words, 0)).toBe(0);
    expect(wordAt(words, 5)).toBe(1);
    expect(wordAt(words, 12)).toBe(2);
    expect(wordAt(words, 99)).toBe(3);
  });
  it("describes a page's picture from its first sentence", () => {
    expect(pictureAlt({ number: 2, text: "Maya ran. Then she sat." })).toBe("Picture for page 2: Maya ran.");
  });
});
