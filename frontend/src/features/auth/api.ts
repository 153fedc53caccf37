import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import type { LoginIn, RegisterIn, ResetCompleteIn, ResetRequestIn } from "@/api/types";
import { useSession } from "@/lib/session";

export function useLogin() {
  const signIn = useSession((s) => s.signIn);
  return useMutation({
    mutationFn: (body: LoginIn) => unwrap(api.POST("/api/auth/login", { body })),
    onSuccess: signIn,
  });
}

export function useRegister() {
  const signIn = useSession((s) => s.signIn);
  return useMutation({
    mutationFn: (body: RegisterIn) => unwrap(api.POST("/api/auth/register", { body })),
    onSuccess: signIn,
  });
}

export function useRequestReset() {
  return useMutation({
    mutationFn: (body: ResetRequestIn) => unwrap(api.POST("/api/auth/password-reset", { body })),
  });
}

export function useCompleteReset() {
  return useMutation({
    mutationFn: (body: ResetCompleteIn) =>
      unwrap(api.POST("/api/auth/password-reset/complete", { body })),
  });
}
