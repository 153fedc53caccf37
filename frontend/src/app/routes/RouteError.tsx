import { isRouteErrorResponse, useRouteError } from "react-router";

import { Button, LinkButton } from "@/components/ui/Button";
import { usePageTitle } from "@/lib/page";

import { NotFound } from "./NotFound";

/** What a page shows when it breaks while rendering: an apology and two ways back. */
export function RouteError() {
  const error = useRouteError();
  usePageTitle("Something went wrong");
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error("Route error", error);
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
      <h1 className="text-3xl sm:text-4xl">Oops, this page tripped over</h1>
      <p className="text-lg">
        Something went wrong while showing this page. It wasn't anything you did.
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Button onPress={() => { window.location.reload(); }}>Try again</Button>
        <LinkButton href="/" variant="secondary">
          Go to your dashboard
        </LinkButton>
      </div>
    </div>
  );
}
