import "@fontsource/andika/400.css";
import "@fontsource/andika/700.css";
import "./index.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { restoreSession } from "@/api/client";
import { App } from "@/app/App";
import { installOfflineSession, registerServiceWorker } from "@/app/offline";
import { preloadPage } from "@/app/router";

// Start the silent refresh before the first render, once (not in an effect, which
// StrictMode would run twice and so spend the rotating refresh cookie twice).
installOfflineSession();
void restoreSession();
preloadPage(window.location.pathname); // its code downloads while the session is restored
registerServiceWorker();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
