import { useEffect } from "react";

/** Sets the document title: "<page> · Storyloom". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Storyloom` : "Storyloom";
  }, [title]);
}

/** Asks search engines not to index this page (shared links), for as long as it is shown. */
export function useNoIndex(): void {
  useEffect(() => {
    const meta = document.createElement("meta");
    meta.name = "robots";
    meta.content = "noindex, nofollow";
    document.head.append(meta);
    return () => {
      meta.remove();
    };
  }, []);
}
