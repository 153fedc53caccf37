import type { ReactNode, Ref } from "react";
import { RouterProvider as AriaRouterProvider } from "react-aria-components";
import { Outlet, useHref, useNavigate, type NavigateOptions } from "react-router";

import { ErrorBoundary } from "@/components/ui/ErrorBoundary";
import { OfflineBanner } from "@/components/ui/OfflineBanner";
import { Toasts } from "@/components/ui/Toast";

declare module "react-aria-components" {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

interface AppFrameProps {
  header: ReactNode;
  mainRef?: Ref<HTMLElement>;
  /** The error boundary starts over when one of these changes. */
  resetKeys?: unknown[];
}

/** What every page sits in: a skip link, the offline banner, a header, the page, a footer. */
export function AppFrame({ header, mainRef, resetKeys }: AppFrameProps) {
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
      {header}
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none sm:py-10"
      >
        <ErrorBoundary resetKeys={resetKeys}>
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
