/**
 * Wiring for offline reading: the service worker (production builds), remembering whose
 * books are cached, forgetting them when the session ends, and getting a token again when
 * the network comes back after an offline start.
 */
import { endSession, refreshSession } from "@/api/client";
import { forgetOfflineData, rememberUser } from "@/lib/offline";
import { useSession } from "@/lib/session";

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // After the first screen has what it needs: precaching competes for the network.
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  });
}

export function installOfflineSession(): () => void {
  const unsubscribe = useSession.subscribe((state, previous) => {
    if (state.status === "signed-in" && state.user && state.user !== previous.user) {
      rememberUser(state.user);
    }
    // Logged out, or the server ended the session: this browser keeps none of the books.
    if (state.status === "signed-out" && previous.status !== "signed-out") {
      void forgetOfflineData();
    }
  });
  const online = () => {
    const { status, accessToken } = useSession.getState();
    if (status !== "signed-in" || accessToken) return;
    void refreshSession().then((outcome) => {
      if (outcome === "ended") endSession();
    });
  };
  window.addEventListener("online", online);
  return () => {
    unsubscribe();
    window.removeEventListener("online", online);
  };
}
