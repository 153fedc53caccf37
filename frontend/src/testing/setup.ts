import "@testing-library/jest-dom/vitest";

import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

import { setNavigator } from "@/lib/navigation";
import { resetSession } from "@/lib/session";
import { toastQueue } from "@/lib/toast";

afterEach(() => {
  cleanup();
  resetSession();
  setNavigator(null);
  toastQueue.clear();
  localStorage.clear();
  sessionStorage.clear();
});
