import { AppFrame } from "./AppFrame";
import { Logo } from "./Header";

/** Pages for anyone with a link (shared books): no account navigation, nothing needing a session. */
export function PublicLayout() {
  return (
    <AppFrame
      header={
        <header className="border-b-2 border-sand bg-paper">
          <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-3 text-2xl font-bold text-ink">
            <Logo />
            Storyloom
          </div>
        </header>
      }
    />
  );
}
