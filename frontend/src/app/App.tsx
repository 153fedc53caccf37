import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";

import { createQueryClient } from "./query-client";
import { createAppRouter } from "./router";

// One of each for the page's lifetime, made outside React so StrictMode's double render in
// development cannot leave the API client holding a router that isn't on screen.
const queryClient = createQueryClient();
const router = createAppRouter();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
