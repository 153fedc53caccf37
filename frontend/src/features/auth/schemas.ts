/** Client-side checks, the same rules the server applies (it has the last word). */
import * as z from "zod/mini";

// The server's plain ASCII syntax check (auth/schemas.py), so both agree.
const EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

// Checks run in order and the form shows the first failure, so "empty" comes first.
const email = z.string().check(
  z.trim(),
  z.minLength(1, "Please enter your email address."),
  z.maxLength(254, "This email address is too long."),
  z.regex(EMAIL, "Enter an email address like name@example.com."),
);

export const newPassword = z
  .string()
  .check(z.minLength(8, "Use at least 8 characters."), z.maxLength(128, "Use at most 128 characters."));

export const loginSchema = z.object({
  email,
  password: z.string().check(z.minLength(1, "Please enter your password.")),
});
export type LoginValues = z.infer<typeof loginSchema>;

export const registerSchema = z.object({
  display_name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Please tell us what to call you."),
      z.maxLength(80, "Please use 80 characters or fewer."),
    ),
  email,
  password: newPassword,
});
export type RegisterValues = z.infer<typeof registerSchema>;

export const forgotSchema = z.object({ email });
export type ForgotValues = z.infer<typeof forgotSchema>;

export const resetSchema = z.object({ new_password: newPassword });
export type ResetValues = z.infer<typeof resetSchema>;
