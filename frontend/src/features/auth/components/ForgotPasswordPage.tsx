import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Form } from "react-aria-components";
import { Link } from "react-router";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { TextField } from "@/components/ui/TextField";
import { applyFieldErrors } from "@/lib/form-errors";
import { usePageTitle } from "@/lib/page";
import { useLockout } from "@/lib/use-lockout";

import { useRequestReset } from "../api";
import { forgotSchema, type ForgotValues } from "../schemas";
import { AuthShell } from "./AuthShell";

/** Ask for a reset link by email. The answer is the same whether or not the email has an
 * account, so this page never says which. */
export function ForgotPasswordPage() {
  usePageTitle("Forgot password");
  const request = useRequestReset();
  const lockout = useLockout();
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);
  const form = useForm<ForgotValues>({ resolver: zodResolver(forgotSchema), defaultValues: { email: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const answer = await request.mutateAsync(values);
      setSent(answer.detail);
    } catch (error) {
      lockout.lock(error);
      setFailure({ error, extra: applyFieldErrors(error, form.setError, ["email"]) });
    }
  });

  return (
    <AuthShell title="Forgot your password?" intro="We'll email you a link to choose a new one.">
      {sent ? (
        <Alert tone="success" title="Check your email">
          <p>{sent}</p>
        </Alert>
      ) : (
        <Form onSubmit={onSubmit} className="flex flex-col gap-5" aria-label="Reset password" validationBehavior="aria">
          {failure && <ProblemAlert error={failure.error} lockedUntil={lockout.until} extra={failure.extra} />}
          <Controller
            control={form.control}
            name="email"
            render={({ field, fieldState }) => (
              <TextField
                label="Email"
                type="email"
                autoComplete="email"
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                errorMessage={fieldState.error?.message}
              />
            )}
          />
          <Button type="submit" isDisabled={request.isPending || lockout.until !== null} className="w-full">
            {request.isPending ? "Sending…" : "Email me a reset link"}
          </Button>
        </Form>
      )}
      <p className="mt-6 text-center">
        <Link to="/login">Back to log in</Link>
      </p>
    </AuthShell>
  );
}
