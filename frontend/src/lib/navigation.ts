/**
 * Navigation from outside React (the API client). The router registers itself at start;
 * without one (tests of the client alone) the browser's location is used.
 */
export interface Navigator {
  go: (to: string) => void;
  /** The current path with query and hash. */
  current: () => string;
}

let navigator: Navigator | null = null;

export function setNavigator(next: Navigator | null): void {
  navigator = next;
}

export function navigateTo(to: string): void {
  if (navigator) navigator.go(to);
  else window.location.assign(to);
}

export function currentPath(): string {
  if (navigator) return navigator.current();
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

/**
 * A `next` value that is safe to follow: a path on this site, never another origin
 * (`//evil.example`, `https://...`, `/\\evil`), and never back to the sign-in pages.
 */
export function safeNext(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return fallback;
  }
  if (/^\/(login|register)(?:[/?#]|$)/.test(next)) return fallback;
  return next;
}

/** The path to log in and then come back to `from` (the current page by default). */
export function loginPath(from: string = currentPath()): string {
  const next = safeNext(from, "/");
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}
