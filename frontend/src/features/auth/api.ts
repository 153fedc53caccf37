import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import type { LoginIn, RegisterIn } from "@/api/types";
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
