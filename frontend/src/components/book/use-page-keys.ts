import { useEffect, useEffectEvent } from "react";

import { keyAction, type PagerAction } from "./pager";

/** ←/→ (and Home/End, PageUp/PageDown) turn pages, unless the reader is typing somewhere. */
export function usePageKeys(onAction: (action: Exclude<PagerAction, null>) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    onAction(action);
  });
  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, []);
}
