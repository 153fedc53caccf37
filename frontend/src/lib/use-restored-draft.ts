import { useState } from "react";

/**
 * Whether a wizard opened on a draft kept from before (this tab's sessionStorage), judged
 * once, on the first render: changes made on this visit are not "restored". The second
 * value forgets it (after "Start over").
 */
export function useRestoredDraft(kept: () => boolean): [boolean, () => void] {
  const [restored, setRestored] = useState(kept);
  return [
    restored,
    () => {
      setRestored(false);
    },
  ];
}
