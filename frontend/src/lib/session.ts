/**
 * Who is signed in, held in memory only. The access token never touches storage; a reload
 * gets a new one from the HttpOnly refresh cookie (see restoreSession in api/client).
 */
import { create } from "zustand";

import type { TokenOut, User } from "@/api/types";

export type SessionStatus = "restoring" | "signed-in" | "signed-out";

/** Why the last session ended, so the login page can say so (and where to go next). */
export type EndReason = "logout" | "expired" | "not-restored";

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number | null;
  user: User | null;
  endReason: EndReason | null;
  signIn: (tokens: TokenOut) => void;
  /**
   * Signed in without a token: the page was reloaded with no network, by the user whose
   * books are saved for offline reading. Only cached books can be read; the token is
   * fetched when the network is back (or by the first request that reaches the server).
   */
  resumeOffline: (user: User) => void;
  setUser: (user: User) => void;
  signOut: (reason: EndReason) => void;
}

const initial = {
  status: "restoring" as SessionStatus,
  accessToken: null,
  expiresAt: null,
  user: null,
  endReason: null,
};

export const useSession = create<SessionState>()((set) => ({
  ...initial,
  signIn: (tokens) => {
    set({
      status: "signed-in",
      accessToken: tokens.access_token,
      expiresAt: Date.now() + tokens.expires_in * 1000,
      user: tokens.user,
      endReason: null,
    });
  },
  resumeOffline: (user) => {
    set({ status: "signed-in", accessToken: null, expiresAt: null, user, endReason: null });
  },
  setUser: (user) => {
    set({ user });
  },
  signOut: (reason) => {
    set({ status: "signed-out", accessToken: null, expiresAt: null, user: null, endReason: reason });
  },
}));

/** Back to the state of a freshly loaded page (tests). */
export function resetSession(): void {
  useSession.setState(initial);
}
