/* eslint-disable react-refresh/only-export-components -- the route table, not a component module */
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { createBrowserRouter, matchRoutes, type RouteObject } from "react-router";

import { PageSkeleton } from "@/components/ui/Skeleton";
import { LoginPage } from "@/features/auth/components/LoginPage";
import { DashboardPage } from "@/features/dashboard/components/DashboardPage";
import { HomePage } from "@/features/home/components/HomePage";
import { setNavigator } from "@/lib/navigation";

import { GuestOnly, RequireAuth, SignedInOr } from "./guards";
import { PublicLayout } from "./PublicLayout";
import { RootLayout } from "./RootLayout";
import { NotFound } from "./routes/NotFound";
import { RouteError } from "./routes/RouteError";

// The first screens (log in, dashboard) come with the app; the others load when visited.
const AccountPage = lazy(() =>
  import("@/features/account/components/AccountPage").then((m) => ({ default: m.AccountPage })),
);
const RegisterPage = lazy(() =>
  import("@/features/auth/components/RegisterPage").then((m) => ({ default: m.RegisterPage })),
);

const ForgotPasswordPage = lazy(() =>
  import("@/features/auth/components/ForgotPasswordPage").then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import("@/features/auth/components/ResetPasswordPage").then((m) => ({ default: m.ResetPasswordPage })),
);

const CharactersPage = later(() => import("@/features/characters/components/CharactersPage"), (m) => m.CharactersPage);
const CharacterPage = later(() => import("@/features/characters/components/CharacterPage"), (m) => m.CharacterPage);
const CharacterWizard = later(() => import("@/features/characters/components/CharacterWizard"), (m) => m.CharacterWizard);
const StoriesPage = later(() => import("@/features/stories/components/StoriesPage"), (m) => m.StoriesPage);
const StoryWizard = later(() => import("@/features/stories/components/StoryWizard"), (m) => m.StoryWizard);
const ProgressPage = later(() => import("@/features/stories/components/ProgressPage"), (m) => m.ProgressPage);
const SharedReaderPage = lazy(() =>
  import("@/features/shared/components/SharedReaderPage").then((m) => ({ default: m.SharedReaderPage })),
);
const ReaderPage = later(() => import("@/features/reader/components/ReaderPage"), (m) => m.ReaderPage);
// Admins only: the page itself tells anyone else so (the server refuses them anyway).
const AdminPage = later(() => import("@/features/admin/components/AdminPage"), (m) => m.AdminPage);

/** A page's code, fetched on first visit; `preload` starts the download sooner. */
interface LaterPage {
  Page: ComponentType;
  preload: () => Promise<unknown>;
}

function later<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LaterPage {
  return { Page: lazy(() => load().then((m) => ({ default: pick(m) }))), preload: load };
}

/** A signed-in page loaded on first visit, with its own error boundary (a way back). */
function page(path: string, { Page, preload }: LaterPage): RouteObject {
  return {
    path,
    handle: { preload },
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Later>
          <Page />
        </Later>
      </RequireAuth>
    ),
  };
}

/**
 * Start downloading the code of the page at `pathname` now, beside the session's restore,
 * instead of after it (when the page first renders). Once, at start.
 */
export function preloadPage(pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const handle = match.route.handle as { preload?: () => Promise<unknown> } | undefined;
    void handle?.preload?.().catch(() => undefined); // the page's own load reports failures
  }
}

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    // A shared book opens for anyone with the link: its own layout, no session needed.
    path: "shared/:token",
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        element: (
          <Later>
            <SharedReaderPage />
          </Later>
        ),
      },
    ],
  },
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            // Signed in: the dashboard; anyone else: the front door with a sample book.
            element: (
              <SignedInOr guest={<HomePage />}>
                <DashboardPage />
              </SignedInOr>
            ),
          },
          {
            path: "account",
            element: (
              <RequireAuth>
                <Later>
                  <AccountPage />
                </Later>
              </RequireAuth>
            ),
          },
          page("characters", CharactersPage),
          page("characters/new", CharacterWizard),
          page("characters/:id", CharacterPage),
          page("characters/:id/edit", CharacterWizard),
          page("stories", StoriesPage),
          page("stories/new", StoryWizard),
          page("stories/:id/progress", ProgressPage),
          page("stories/:id", ReaderPage),
          page("admin", AdminPage),
          {
            path: "login",
            element: (
              <GuestOnly>
                <LoginPage />
              </GuestOnly>
            ),
          },
          {
            path: "register",
            element: (
              <GuestOnly>
                <Later>
                  <RegisterPage />
                </Later>
              </GuestOnly>
            ),
          },
          {
            path: "forgot-password",
            element: (
              <GuestOnly>
                <Later>
                  <ForgotPasswordPage />
                </Later>
              </GuestOnly>
            ),
          },
          {
            // Not guest-only: a link opened on a signed-in device still resets (and signs out).
            path: "reset",
            element: (
              <Later>
                <ResetPasswordPage />
              </Later>
            ),
          },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  const router = createBrowserRouter(routes);
  setNavigator({
    go: (to) => void router.navigate(to, { replace: true }),
    current: () => {
      const { pathname, search, hash } = router.state.location;
      return `${pathname}${search}${hash}`;
    },
  });
  return router;
}
