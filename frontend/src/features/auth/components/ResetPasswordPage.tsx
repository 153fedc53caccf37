import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Form } from "react-aria-components";
import { Link, useSearchParams } from "react-router";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { TextField } from "@/components/ui/TextField";
import { applyFieldErrors } from "@/lib/form-errors";
import { usePageTitle } from "@/lib/page";
import { ApiError } from "@/lib/problem";

import { useCompleteReset } from "../api";
import { resetSchema, type ResetValues } from "../schemas";
import { AuthShell } from "./AuthShell";

/** The page a reset link opens: choose a new password (every device is signed out). */
export function ResetPasswordPage() {
  usePageTitle("Choose a new password");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const complete = useCompleteReset();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);
  const form = useForm<ResetValues>({ resolver: zodResolver(resetSchema), defaultValues: { new_password: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await complete.mutateAsync({ token, new_password: values.new_password });
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === "weak_password") {
        form.setError("new_password", { type: "server", message: error.problem?.detail ?? "Choose another password." }, { shouldFocus: true });
        return;
      }
      setFailure({ error, extra: applyFieldErrors(error, form.setError, ["new_password"]) });
    }
  });

  const badLink = failure?.error instanceof ApiError && failure.error.code === "reset_link_invalid";
  return (
    <AuthShell title="Choose a new password" intro="After this, you'll be signed out everywhere.">
      {done ? (
        <Alert tone="success" title="Your password is changed">
          <p>
            Every device was signed out. <Link to="/login">Log in</Link> with your new password.
          </p>
        </Alert>
      ) : !token ? (
        <Alert title="This link is incomplete">
          <p>
            Open the whole link from your email, or <Link to="/forgot-password">ask for a new one</Link>.
          </p>
        </Alert>
      ) : (
        <Form onSubmit={onSubmit} className="flex flex-col gap-5" aria-label="Choose a new password" validationBehavior="aria">
          {failure && <ProblemAlert error={failure.error} extra={failure.extra} />}
          {badLink && (
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          )}
          <Controller
            control={form.control}
            name="new_password"
            render={({ field, fieldState }) => (
              <TextField
                label="New password"
                type="password"
                autoComplete="new-password"
                description="At least 8 characters. A few words together are easy to remember."
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                errorMessage={fieldState.error?.message}
              />
            )}
          />
          <Button type="submit" isDisabled={complete.isPending} className="w-full">
            {complete.isPending ? "Saving…" : "Set new password"}
          </Button>
        </Form>
      )}
    </AuthShell>
  );
}
