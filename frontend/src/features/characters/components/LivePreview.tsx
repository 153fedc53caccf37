import type { CharacterSheet } from "@/api/types";
import { Skeleton } from "@/components/ui/Skeleton";
import { friendlyMessage } from "@/lib/problem";

import { usePortraitPreview } from "../api";

/** The portrait as it will look, redrawn (debounced) whenever a choice changes. */
export function LivePreview({ sheet, name, kindLabel }: { sheet: CharacterSheet; name: string; kindLabel: string }) {
  const preview = usePortraitPreview(sheet);
  const who = name.trim() || "Your character";
  return (
    <figure className="flex flex-col items-center gap-2">
      <div className="relative aspect-square w-full max-w-72 overflow-hidden rounded-[var(--radius-card)] border-4 border-paper bg-sand shadow-[var(--shadow-card)]">
        {preview.data ? (
          <img
            src={preview.data}
            alt={`Preview of ${who}, a ${kindLabel.toLowerCase()}`}
            className="size-full object-cover"
          />
        ) : preview.isError ? (
          <div role="img" aria-label="Preview unavailable" className="grid size-full place-items-center p-4 text-center">
            {friendlyMessage(preview.error).message}
          </div>
        ) : (
          <Skeleton className="size-full rounded-none" />
        )}
      </div>
      <figcaption className="text-base text-ink-soft" aria-live="polite">
        {preview.drawing ? "Drawing…" : `${who}, as drawn in your books`}
      </figcaption>
    </figure>
  );
}
