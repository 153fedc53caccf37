import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Form } from "react-aria-components";

import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { TextField } from "@/components/ui/TextField";
import { applyFieldErrors } from "@/lib/form-errors";
import { ApiError } from "@/lib/problem";
import { notify } from "@/lib/toast";

import { useChangePassword } from "../api";
import { changePasswordSchema, type ChangePasswordValues } from "../schemas";

const FIELDS = ["current_password", "new_password"] as const;

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { current_password: "", new_password: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await change.mutateAsync(values);
      form.reset();
      notify.success("Password changed", "Any other devices have been signed out.");
    } catch (error) {
      // The server names a weak new password `password`.
      const extra = applyFieldErrors(error, form.setError, FIELDS, { password: "new_password" });
      const shownByFields =
        error instanceof ApiError && error.fieldErrors.length > 0 && extra.length === 0;
      setFailure(shownByFields ? null : { error, extra });
    }
  });

  return (
    <Card title="Change password" id="password">
      <Form onSubmit={onSubmit} className="flex max-w-md flex-col gap-5" aria-label="Change password" validationBehavior="aria">
        {failure && <ProblemAlert error={failure.error} extra={failure.extra} />}
        <Controller
          control={form.control}
          name="current_password"
          render={({ field, fieldState }) => (
            <TextField
              label="Current password"
              type="password"
              autoComplete="current-password"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              errorMessage={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="new_password"
          render={({ field, fieldState }) => (
            <TextField
              label="New password"
              type="password"
              description="At least 8 characters. Other devices will be signed out."
              autoComplete="new-password"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              errorMessage={fieldState.error?.message}
            />
          )}
        />
        <Button type="submit" isDisabled={change.isPending} className="self-start">
          {change.isPending ? "Saving…" : "Change password"}
        </Button>
      </Form>
    </Card>
  );
}
