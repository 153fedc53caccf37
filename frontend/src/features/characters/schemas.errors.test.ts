import { describe, expect, it } from "vitest";

import { NAME_LIMIT, shownErrors } from "./schemas";

describe("shownErrors", () => {
  it("drops an error as soon as its field is fixed", () => {
    const found = { name: "Please give your character a name." };
    expect(shownErrors(found, { name: "" }, { name: "" }, found)).toEqual(found);
    expect(shownErrors(found, { name: "" }, { name: "Mia" }, {})).toEqual({});
  });

  it("keeps a server's error while the field is unchanged, and drops it once edited", () => {
    const found = { name: "That name isn't allowed." };
    expect(shownErrors(found, { name: "Bad" }, { name: "Bad" }, {})).toEqual(found);
    expect(shownErrors(found, { name: "Bad" }, { name: "Good" }, {})).toEqual({});
  });

  it("shows the current wording while a field is still wrong", () => {
    const live = { age: "Enter an age as a number, like 6 (or leave it empty)." };
    expect(shownErrors({ age: "old" }, { age: "x" }, { age: "y" }, live)).toEqual(live);
  });

  it("refuses an over-long name as it is typed, before Next", () => {
    const long = "A".repeat(NAME_LIMIT + 1);
    const live = { name: "Names can have up to 40 letters." };
    expect(shownErrors({}, {}, { name: long }, live)).toEqual(live);
    expect(shownErrors({}, {}, { name: "A".repeat(NAME_LIMIT) }, {})).toEqual({});
  });
});
