import {
  Button,
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContentSlot,
  UNSTABLE_ToastRegion as ToastRegion,
} from "react-aria-components";

import { cx } from "@/lib/cx";
import { toastQueue } from "@/lib/toast";

const tones = {
  error: "border-berry",
  success: "border-leaf",
  info: "border-sky",
};

/** Where toasts appear: bottom of the screen, reachable with F6, each closable. */
export function Toasts() {
  return (
    <ToastRegion
      queue={toastQueue}
      aria-label="Notifications"
      className="fixed right-3 bottom-3 left-3 z-50 flex flex-col-reverse items-stretch gap-3 outline-none sm:left-auto sm:w-[26rem]"
    >
      {({ toast }) => (
        <AriaToast
          toast={toast}
          className={cx(
            "flex items-start gap-3 rounded-2xl border-l-8 bg-paper p-4 text-ink shadow-[var(--shadow-card)]",
            tones[toast.content.tone],
          )}
        >
          <ToastContentSlot className="flex min-w-0 flex-1 flex-col gap-1">
            <Text slot="title" className="font-bold">
              {toast.content.title}
            </Text>
            {toast.content.description && (
              <Text slot="description" className="text-base">
                {toast.content.description}
              </Text>
            )}
            {toast.content.retry && (
              <Button
                className="mt-2 self-start rounded-full bg-clay px-4 py-1 font-bold text-white data-[hovered]:bg-clay-dark"
                onPress={() => {
                  toastQueue.close(toast.key);
                  toast.content.retry?.();
                }}
              >
                Try again
              </Button>
            )}
          </ToastContentSlot>
          <Button
            slot="close"
            aria-label="Dismiss"
            className="grid size-10 shrink-0 place-items-center rounded-full text-xl data-[hovered]:bg-sand"
          >
            <span aria-hidden="true">×</span>
          </Button>
        </AriaToast>
      )}
    </ToastRegion>
  );
}
