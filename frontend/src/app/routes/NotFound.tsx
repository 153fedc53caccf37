import { LinkButton } from "@/components/ui/Button";
import { usePageTitle } from "@/lib/page";

export function NotFound() {
  usePageTitle("Page not found");
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
      <p aria-hidden="true" className="text-7xl font-bold text-clay">
        404
      </p>
      <h1 className="text-3xl sm:text-4xl">This page isn't in our book</h1>
      <p className="text-lg">
        The link may be old, or the page may have moved. Let's find our way back.
      </p>
      <LinkButton href="/">Go to your dashboard</LinkButton>
    </div>
  );
}
