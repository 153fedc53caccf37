import { useEffect, useState, type RefObject } from "react";

/**
 * Whether the element has come near the screen (a screen's height ahead), for loading
 * what it shows only then. Once true it stays true. Without IntersectionObserver: true.
 */
export function useInView(ref: RefObject<Element | null>, enabled = true): boolean {
  const [seen, setSeen] = useState(() => !enabled || typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: "100% 100%" },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, seen]);
  return seen;
}
