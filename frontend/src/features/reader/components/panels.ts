/** The reader's panels, opened by its tools (ReaderToolbar). */
export type Panel = "none" | "edit" | "picture" | "add" | "remove" | "reorder" | "export" | "share" | "settings";

/** Tools under a heading in the "More…" menu. */
export interface MenuGroup {
  title: string;
  items: [Panel, string][];
}
