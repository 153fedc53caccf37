import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Form } from "react-aria-components";
import { Link, useNavigate, useSearchParams } from "react-router";

import { Button } from "@/components/ui/Button";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { TextField } from "@/components/ui/TextField";
import { applyFieldErrors } from "@/lib/form-errors";
import { safeNext } from "@/lib/navigation";
import { usePageTitle } from "@/lib/page";
import { ApiError } from "@/lib/problem";
import { useLockout } from "@/lib/use-lockout";

import { useRegister } from "../api";
import { registerSchema, type RegisterValues } from "../schemas";
import { AuthShell } from "./AuthShell";

const FIELDS = ["display_name", "email", "password"] as const;

export function RegisterPage() {
  usePageTitle("Create an account");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const register = useRegister();
  const lockout = useLockout();
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);

  const form = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { display_name: "", email: "", password: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await register.mutateAsync(values);
      void navigate(next, { replace: true });
    } catch (error) {
      lockout.lock(error);
      if (error instanceof ApiError && error.code === "email_taken") {
        form.setError("email", { type: "server", message: "There's already an account with this email." }, { shouldFocus: true });
      }
      const extra = applyFieldErrors(error, form.setError, FIELDS);
      const shownByFields =
        error instanceof ApiError && error.fieldErrors.length > 0 && extra.length === 0;
      setFailure(shownByFields ? null : { error, extra });
    }
  });

  return (
    <AuthShell
      title="Create your account"
      intro="Make picture books starring the children you love."
    >
      <Form onSubmit={onSubmit} className="flex flex-col gap-5" aria-label="Create an account" validationBehavior="aria">
        {failure && (
          <ProblemAlert error={failure.error} lockedUntil={lockout.until} extra={failure.extra} />
        )}
        <Controller
          control={form.control}
          name="display_name"
          render={({ field, fieldState }) => (
            <TextField
              label="Your name"
              description="What Storyloom should call you, for example Sam or Grandma Jo."
              autoComplete="name"
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
        <Controller
          control={form.control}
          name="password"
          render={({ field, fieldState }) => (
            <TextField
              label="Password"
              type="password"
              description="At least 8 characters. A short sentence is easy to remember."
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
        <Button type="submit" isDisabled={register.isPending || lockout.until !== null} className="w-full">
          {register.isPending ? "Creating your account…" : "Create account"}
        </Button>
      </Form>
      <p className="mt-6 text-center">
        Already have an account?{" "}
        <Link to={next !== "/" ? `/login?next=${encodeURIComponent(next)}` : "/login"}>Log in</Link>
      </p>
    </AuthShell>
  );
}
