import { useCallback, useSyncExternalStore } from "react";

/**
 * Whether the screen is narrower than Tailwind's `sm` (40rem, a phone held upright), kept
 * up to date as it turns. Rendering one layout or the other (not both, hidden by CSS)
 * keeps a single copy of each control. No matchMedia (tests): wide.
 */
export function useNarrow(query = "(max-width: 39.99rem)"): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== "function") return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => { list.removeEventListener("change", onChange); };
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => typeof window.matchMedia === "function" && window.matchMedia(query).matches);
}
