/**
 * Unsaved wizard drafts live in sessionStorage (this tab only) under one prefix, so an
 * expired session and a fresh log-in keep them, and logging out can forget them all.
 */
import { createJSONStorage } from "zustand/middleware";

export const DRAFT_PREFIX = "storyloom:draft:";

export const draftStorage = createJSONStorage(() => sessionStorage);

export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  }
}
