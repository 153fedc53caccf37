import "@testing-library/jest-dom/vitest";

import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

import { setNavigator } from "@/lib/navigation";
import { resetSession } from "@/lib/session";
import { toastQueue } from "@/lib/toast";

// findBy*/waitFor give up after 1 s by default: too little on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });

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
