import type { ReactNode } from "react";
import { Navigate, useLocation, useSearchParams } from "react-router";

import { PageSkeleton } from "@/components/ui/Skeleton";
import { loginPath, safeNext } from "@/lib/navigation";
import { useSession } from "@/lib/session";

/** Pages for signed-in users; others go to log in and come back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status);
  const endReason = useSession((s) => s.endReason);
  const location = useLocation();
  if (status === "restoring") return <PageSkeleton />;
  if (status === "signed-out") {
    // After "Log out" the login page is the end of the road, not a detour.
    const to =
      endReason === "logout"
        ? "/login"
        : loginPath(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={to} replace />;
  }
  return children;
}

/** Log in and register: a signed-in user goes on to `next` (or the dashboard). */
export function GuestOnly({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status);
  const [params] = useSearchParams();
  if (status === "restoring") return <PageSkeleton />;
  if (status === "signed-in") return <Navigate to={safeNext(params.get("next"))} replace />;
  return children;
}

/** A page for signed-in users that shows `guest` to everyone else (the home page). */
export function SignedInOr({ children, guest }: { children: ReactNode; guest: ReactNode }) {
  const status = useSession((s) => s.status);
  if (status === "restoring") return <PageSkeleton />;
  return status === "signed-in" ? children : guest;
}
