import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";

import { api, unwrap } from "@/api/client";
import { sessionsQuery } from "@/api/queries";
import type { ChangePasswordIn } from "@/api/types";
import { clearDrafts } from "@/lib/drafts";
import { useSession } from "@/lib/session";
import { notify, toastQueue } from "@/lib/toast";

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordIn) => unwrap(api.POST("/api/me/password", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey }),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/me/sessions/{session_id}", { params: { path: { session_id: id } } })),
    onSuccess: () => {
      notify.success("That device has been signed out.");
      return queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
    },
    onError: (error, id) => {
      notify.failure(error, () => {
        mutation.mutate(id);
      });
    },
  });
  return mutation;
}

/** Log out here (`everywhere: false`) or on every device; then back to the login page. */
export function useLogout(everywhere = false) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSession((s) => s.signOut);
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(everywhere ? api.POST("/api/auth/logout-all") : api.POST("/api/auth/logout")),
    onSuccess: () => {
      signOut("logout");
      clearDrafts();
      queryClient.clear();
      // Nothing from the last session lingers on the login page ("Page 2 saved.").
      toastQueue.clear();
      void navigate("/login", { replace: true });
    },
    onError: (error) => {
      notify.failure(error, () => {
        mutation.mutate();
      });
    },
  });
  return mutation;
}
