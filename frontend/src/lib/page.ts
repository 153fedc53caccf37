import { useEffect } from "react";

/** Sets the document title: "<page> · Storyloom". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Storyloom` : "Storyloom";
  }, [title]);
}
