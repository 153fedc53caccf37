/**
 * Server field errors (`errors: [{loc: ["body", "password"], msg}]`) onto react-hook-form
 * fields, so they show under the field they belong to.
 */
import type { FieldError } from "@/api/types";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { ApiError, SAFETY_CATEGORIES } from "./problem";

/** Wording for the validation types pydantic reports, friendlier than its own `msg`. */
function friendlyFieldMessage(error: FieldError, field: string): string {
  switch (error.type) {
    case "missing":
      return "Please fill this in.";
    case "string_pattern_mismatch":
      return field.includes("email")
        ? "Enter an email address like name@example.com."
        : "This doesn't look right.";
    case "string_too_short":
      return field.includes("password") ? "Use at least 8 characters." : "This is too short.";
    case "string_too_long":
      return "This is too long.";
    case "unsafe": {
      const category = error.msg.split(":").slice(1).join(":").trim();
      return `Please use different words: this isn't right for a children's book${
        category ? ` (${SAFETY_CATEGORIES[category] ?? category})` : ""
      }.`;
    }
    default:
      return error.msg;
  }
}

/**
 * Puts each field error under its field. `aliases` maps the server's field name to the
 * form's when they differ (the server reports a weak new password as `password`).
 * Returns the messages that belong to no field, for a message above the form.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Partial<Record<string, Path<T>>> = {},
): string[] {
  if (!(error instanceof ApiError)) return [];
  const leftover: string[] = [];
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    const name = fieldError.loc[fieldError.loc.length - 1] ?? "";
    const target = aliases[name] ?? (fields as readonly string[]).find((f) => f === name);
    if (target) {
      setError(
        target as Path<T>,
        { type: "server", message: friendlyFieldMessage(fieldError, target) },
        { shouldFocus: !focused },
      );
      focused = true;
    } else {
      leftover.push(fieldError.msg);
    }
  }
  return leftover;
}
