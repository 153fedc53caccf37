/** Render the real app (its routes, layout and providers) at a path, in memory. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";

import { routes as appRoutes } from "@/app/router";
import type { TokenOut } from "@/api/types";
import { setNavigator } from "@/lib/navigation";
import { useSession } from "@/lib/session";

export function signIn(tokens: TokenOut): void {
  useSession.getState().signIn(tokens);
}

export function renderApp(path: string, { routes = appRoutes }: { routes?: RouteObject[] } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  setNavigator({
    go: (to) => void router.navigate(to, { replace: true }),
    current: () => {
      const { pathname, search, hash } = router.state.location;
      return `${pathname}${search}${hash}`;
    },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const location = () => {
    const { pathname, search } = router.state.location;
    return `${pathname}${search}`;
  };
  return { ...view, router, queryClient, user, location };
}
