import { lazy, Suspense } from "react";

import { Button } from "@/components/ui/Button";

import { useNarrow } from "../use-narrow";
import type { MenuGroup, Panel } from "./panels";

// The menu's machinery (popover, collections) is sizeable: only narrow screens load it.
const MoreMenu = lazy(() => import("./MoreMenu").then((m) => ({ default: m.MoreMenu })));

const CHANGES: [Panel, string][] = [
  ["edit", "Edit text"],
  ["picture", "New picture"],
  ["add", "Add page"],
  ["remove", "Remove page"],
  ["reorder", "Reorder pages"],
];
const KEEP: [Panel, string][] = [
  ["export", "Print or download"],
  ["share", "Share"],
  ["settings", "Rename, copy or delete"],
];

// On a phone: what is used page by page, and printing, stay buttons; the rest is in "More…".
const UP_FRONT: Panel[] = ["edit", "picture", "export"];
const MORE: MenuGroup[] = [
  { title: "Pages", items: CHANGES.filter(([p]) => !UP_FRONT.includes(p)) },
  { title: "This book", items: KEEP.filter(([p]) => !UP_FRONT.includes(p)) },
];

/** Offline, only the print panel opens: the rest changes or shares the book on the server. */
const worksOffline = (p: Panel) => p === "export";

/**
 * The reader's tools, each opening its panel below (pressed again: closed). Wide screens
 * show every tool as a button, in two toolbars; narrow ones a tidy 2×2 grid whose last
 * cell is a "More…" menu with the rarely used tools (keyboard: arrows, Enter, Escape).
 */
export function ReaderToolbar({
  panel,
  online,
  onToggle,
}: {
  panel: Panel;
  online: boolean;
  onToggle: (panel: Panel) => void;
}) {
  const narrow = useNarrow();
  const toolButton = ([p, label]: [Panel, string], className?: string) => (
    <Button
      key={p}
      variant={panel === p ? "primary" : "secondary"}
      aria-expanded={panel === p}
      isDisabled={!online && !worksOffline(p)}
      onPress={() => { onToggle(p); }}
      className={className}
    >
      {label}
    </Button>
  );

  if (!narrow) {
    return (
      <>
        <div className="flex flex-wrap gap-3" role="toolbar" aria-label="Change this book">
          {CHANGES.map((tool) => toolButton(tool))}
        </div>
        <div className="flex flex-wrap gap-3" role="toolbar" aria-label="Keep and share">
          {KEEP.map((tool) => toolButton(tool))}
        </div>
      </>
    );
  }

  // `!`: these win over the Button's own padding and size, whatever their order in the CSS.
  const compact = "min-w-0 px-3! text-base! leading-tight text-center";
  return (
    <div className="grid grid-cols-2 gap-2" role="toolbar" aria-label="Change and share this book">
      {[...CHANGES, ...KEEP].filter(([p]) => UP_FRONT.includes(p)).map((tool) => toolButton(tool, compact))}
      <Suspense fallback={<Button variant="secondary" isDisabled className={compact}>More…</Button>}>
        <MoreMenu
          groups={MORE}
          panel={panel}
          online={online}
          className={compact}
          onToggle={onToggle}
        />
      </Suspense>
    </div>
  );
}
