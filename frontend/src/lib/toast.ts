/** The app's one toast queue, and helpers to show what happened after an action. */
import { UNSTABLE_ToastQueue as ToastQueue } from "react-aria-components";

import { friendlyMessage } from "./problem";

export interface ToastContent {
  tone: "error" | "success" | "info";
  title: string;
  description?: string;
  /** A "Try again" button; toasts with one stay until dismissed. */
  retry?: () => void;
}

export const toastQueue = new ToastQueue<ToastContent>({ maxVisibleToasts: 1 });

/** One message at a time: a new one replaces what was showing ("Page 2 saved." goes when
 * an error arrives), so nothing stale sits beside the news. */
function replaceWith(content: ToastContent, options?: { timeout: number }): string {
  for (const shown of toastQueue.visibleToasts) toastQueue.close(shown.key);
  return toastQueue.add(content, options);
}

export const notify = {
  success(title: string, description?: string): string {
    return replaceWith(
      { tone: "success", title, ...(description ? { description } : {}) },
      { timeout: 6000 },
    );
  },
  info(title: string, description?: string): string {
    return replaceWith(
      { tone: "info", title, ...(description ? { description } : {}) },
      { timeout: 6000 },
    );
  },
  /** A failed action: a friendly explanation, and "Try again" when trying again can help. */
  failure(error: unknown, retry?: () => void): string {
    const { title, message, retryable } = friendlyMessage(error);
    return replaceWith({
      tone: "error",
      title,
      description: message,
      ...(retry && retryable ? { retry } : {}),
    });
  },
};
