import { describe, expect, it, vi } from "vitest";

import { applyFieldErrors } from "./form-errors";
import { ApiError } from "./problem";

type Values = { email: string; current_password: string; new_password: string };
const FIELDS = ["email", "current_password", "new_password"] as const;

function withErrors(errors: { loc: string[]; msg: string; type?: string }[]) {
  return new ApiError(
    422,
    { type: "t", title: "x", status: 422, detail: "d", code: "validation_failed", request_id: null, errors },
    null,
  );
}

describe("applyFieldErrors", () => {
  it("puts each server error under the field named last in its loc, focusing the first", () => {
    const setError = vi.fn();
    const leftover = applyFieldErrors<Values>(
      withErrors([
        { loc: ["body", "current_password"], msg: "Not your current password." },
        { loc: ["body", "email"], msg: "bad", type: "string_pattern_mismatch" },
      ]),
      setError,
      FIELDS,
    );
    expect(leftover).toEqual([]);
    expect(setError).toHaveBeenNthCalledWith(
      1,
      "current_password",
      { type: "server", message: "Not your current password." },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenNthCalledWith(
      2,
      "email",
      { type: "server", message: "Enter an email address like name@example.com." },
      { shouldFocus: false },
    );
  });

  it("follows aliases where the server names a field differently", () => {
    const setError = vi.fn();
    applyFieldErrors<Values>(
      withErrors([{ loc: ["body", "password"], msg: "This password is too common." }]),
      setError,
      FIELDS,
      { password: "new_password" },
    );
    expect(setError).toHaveBeenCalledWith(
      "new_password",
      { type: "server", message: "This password is too common." },
      { shouldFocus: true },
    );
  });

  it("returns errors that belong to no field", () => {
    const setError = vi.fn();
    const leftover = applyFieldErrors<Values>(
      withErrors([{ loc: ["body"], msg: "Field required", type: "missing" }]),
      setError,
      FIELDS,
    );
    expect(leftover).toEqual(["Field required"]);
    expect(setError).not.toHaveBeenCalled();
  });

  it("ignores errors that are not from the API", () => {
    expect(applyFieldErrors<Values>(new Error("x"), vi.fn(), FIELDS)).toEqual([]);
  });
});
