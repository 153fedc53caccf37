import { Button as AriaButton } from "react-aria-components";
import { Link, NavLink } from "react-router";

import { useLogout } from "@/features/account/api";
import { cx } from "@/lib/cx";
import { useSession } from "@/lib/session";

const navLink = ({ isActive }: { isActive: boolean }) =>
  cx(
    "inline-flex min-h-12 shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-2 font-bold text-ink no-underline hover:bg-sand sm:px-4",
    isActive && "bg-sand underline decoration-clay decoration-4 underline-offset-8",
  );

export function Header() {
  const status = useSession((s) => s.status);
  const isAdmin = useSession((s) => s.user?.role === "admin");
  const logout = useLogout(false);

  return (
    <header className="border-b-2 border-sand bg-paper">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-2 px-3 py-2 sm:flex-wrap sm:gap-x-4 sm:gap-y-2 sm:px-4 sm:py-3">
        {/* As tall as a navigation link, so the header is as tall signed out, restoring
            or signed in: the page below does not move when the session is restored. */}
        <Link to="/" className="flex min-h-12 shrink-0 items-center gap-2 text-2xl font-bold text-ink no-underline">
          <Logo />
          <span className={status === "signed-in" ? "sr-only sm:not-sr-only" : undefined}>Storyloom</span>
        </Link>
        {status === "signed-in" && (
          // On a phone the navigation is one row that scrolls sideways, so the page's own
          // main action stays on the first screen.
          <nav aria-label="Main" className="flex min-w-0 items-center overflow-x-auto sm:flex-wrap sm:gap-1 sm:overflow-visible">
            <NavLink to="/" end className={navLink}>
              Dashboard
            </NavLink>
            <NavLink to="/characters" className={navLink}>
              Characters
            </NavLink>
            <NavLink to="/stories" className={navLink}>
              Stories
            </NavLink>
            {isAdmin && (
              <NavLink to="/admin" className={navLink}>
                Admin
              </NavLink>
            )}
            <NavLink to="/account" className={navLink}>
              Account
            </NavLink>
            <AriaButton
              className={navLink({ isActive: false })}
              isDisabled={logout.isPending}
              onPress={() => {
                logout.mutate();
              }}
            >
              Log out
            </AriaButton>
          </nav>
        )}
        {status === "signed-out" && (
          <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
            <NavLink to="/login" className={navLink}>
              Log in
            </NavLink>
            <NavLink to="/register" className={navLink}>
              Create account
            </NavLink>
          </nav>
        )}
      </div>
    </header>
  );
}

export function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className="size-10">
      <rect width="64" height="64" rx="14" fill="#b4461f" />
      <path d="M14 18c8-3 14-2 18 2 4-4 10-5 18-2v30c-8-3-14-2-18 2-4-4-10-5-18-2z" fill="#fff8ef" />
      <path d="M32 20v30" stroke="#b4461f" strokeWidth="3" />
    </svg>
  );
}
