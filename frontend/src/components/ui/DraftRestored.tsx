import { Button } from "./Button";

/**
 * Says (politely, to screen readers too) that the choices on screen were kept from last
 * time, with a way to throw them away and start with a blank form.
 */
export function DraftRestored({ what, onStartOver }: { what: string; onStartOver: () => void }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border-l-8 border-sky bg-sky-light px-4 py-3"
    >
      <p>
        <strong>Welcome back.</strong> We kept your unfinished {what} just as you left it.
      </p>
      <Button variant="secondary" onPress={onStartOver}>
        Start over
      </Button>
    </div>
  );
}
