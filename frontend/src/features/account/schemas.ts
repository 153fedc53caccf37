import * as z from "zod/mini";

export const changePasswordSchema = z.object({
  current_password: z.string().check(z.minLength(1, "Please enter your current password.")),
  new_password: z
    .string()
    .check(z.minLength(8, "Use at least 8 characters."), z.maxLength(128, "Use at most 128 characters.")),
});
export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;
