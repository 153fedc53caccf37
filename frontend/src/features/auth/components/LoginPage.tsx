import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { Form } from "react-aria-components";
import { Link, useNavigate, useSearchParams } from "react-router";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { TextField } from "@/components/ui/TextField";
import { applyFieldErrors } from "@/lib/form-errors";
import { safeNext } from "@/lib/navigation";
import { usePageTitle } from "@/lib/page";
import { ApiError } from "@/lib/problem";
import { useSession, type EndReason } from "@/lib/session";
import { useLockout } from "@/lib/use-lockout";

import { useLogin } from "../api";
import { loginSchema, type LoginValues } from "../schemas";
import { AuthShell } from "./AuthShell";

const NOTICES: Partial<Record<EndReason, { tone: "info" | "success"; title: string; text: string }>> = {
  expired: {
    tone: "info",
    title: "Please log in again",
    text: "Your session ended. Log in and we'll take you back to where you were.",
  },
  logout: { tone: "success", title: "You've logged out", text: "See you again soon!" },
};

export function LoginPage() {
  usePageTitle("Log in");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const login = useLogin();
  const lockout = useLockout();
  const [failure, setFailure] = useState<{ error: unknown; extra: string[] } | null>(null);
  const [pausedEmail, setPausedEmail] = useState<string | null>(null);

  // Show why the last session ended once, then forget it.
  const [endReason] = useState(() => useSession.getState().endReason);
  useEffect(() => {
    useSession.setState({ endReason: null });
  }, []);
  const notice = endReason ? NOTICES[endReason] : undefined;

  const form = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });

  const typedEmail = useWatch({ control: form.control, name: "email" }).trim().toLowerCase();
  const paused = lockout.until !== null && pausedEmail === typedEmail;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await login.mutateAsync(values);
      void navigate(next, { replace: true });
    } catch (error) {
      // A pause is per email: it starts on the last wrong password (401 with retry_after)
      // or is found on the next try (429); another email may still sign in.
      if (error instanceof ApiError && error.retryAfter !== null) {
        lockout.lock(new ApiError(429, error.problem, error.retryAfter));
        setPausedEmail(values.email.trim().toLowerCase());
      }
      const extra = applyFieldErrors(error, form.setError, ["email", "password"]);
      const shownByFields =
        error instanceof ApiError && error.fieldErrors.length > 0 && extra.length === 0;
      setFailure(shownByFields ? null : { error, extra });
    }
  });

  return (
    <AuthShell title="Welcome back" intro="Log in to keep making stories together.">
      <Form onSubmit={onSubmit} className="flex flex-col gap-5" aria-label="Log in" validationBehavior="aria">
        {notice && !failure && (
          <Alert tone={notice.tone} title={notice.title}>
            {notice.text}
          </Alert>
        )}
        {failure && (
          <ProblemAlert error={failure.error} lockedUntil={paused ? lockout.until : null} extra={failure.extra} />
        )}
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
        <p className="-mt-2 text-right">
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
        <Button type="submit" isDisabled={login.isPending || paused} className="w-full">
          {login.isPending ? "Logging in…" : "Log in"}
        </Button>
      </Form>
      <p className="mt-6 text-center">
        New to Storyloom?{" "}
        <Link to={next !== "/" ? `/register?next=${encodeURIComponent(next)}` : "/register"}>
          Create an account
        </Link>
      </p>
    </AuthShell>
  );
}
