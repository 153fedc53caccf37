import { RouterProvider as AriaRouterProvider } from "react-aria-components";
import { Outlet, useHref, useNavigate } from "react-router";

import { ErrorBoundary } from "@/components/ui/ErrorBoundary";
import { OfflineBanner } from "@/components/ui/OfflineBanner";
import { Toasts } from "@/components/ui/Toast";

import { Logo } from "./Header";

/** Pages for anyone with a link (shared books): no account navigation, nothing needing a session. */
export function PublicLayout() {
  const navigate = useNavigate();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <a
        href="#main"
        className="sr-only z-50 rounded-full bg-ink font-bold text-cream no-underline focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-5 focus:py-3"
      >
        Skip to main content
      </a>
      <OfflineBanner />
      <header className="border-b-2 border-sand bg-paper">
        <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-3 text-2xl font-bold text-ink">
          <Logo />
          Storyloom
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none sm:py-10">
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="mx-auto w-full max-w-5xl px-4 py-6 text-base text-ink-soft">
        Storyloom · picture books made with love
      </footer>
      <Toasts />
    </AriaRouterProvider>
  );
}
