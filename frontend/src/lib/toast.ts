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

export const toastQueue = new ToastQueue<ToastContent>({ maxVisibleToasts: 3 });

export const notify = {
  success(title: string, description?: string): string {
    return toastQueue.add(
      { tone: "success", title, ...(description ? { description } : {}) },
      { timeout: 6000 },
    );
  },
  info(title: string, description?: string): string {
    return toastQueue.add(
      { tone: "info", title, ...(description ? { description } : {}) },
      { timeout: 6000 },
    );
  },
  /** A failed action: a friendly explanation, and "Try again" when trying again can help. */
  failure(error: unknown, retry?: () => void): string {
    const { title, message, retryable } = friendlyMessage(error);
    return toastQueue.add({
      tone: "error",
      title,
      description: message,
      ...(retry && retryable ? { retry } : {}),
    });
  },
};
