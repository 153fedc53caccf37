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

// jsdom has no blob: URLs; pictures and downloads only need a string back.
let blobCount = 0;
URL.createObjectURL = () => `blob:test/${++blobCount}`;
URL.revokeObjectURL = () => undefined;
