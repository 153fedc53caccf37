/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    proxy: {
      "/api": { target: api, changeOrigin: false },
      "/healthz": api,
      "/readyz": api,
    },
  },
  build: {
    outDir: "dist",
    // The server's CSP forbids inline scripts; Vite emits none, and no module preload
    // polyfill is needed for the browsers we support.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    // The first-screen budget (200 kB gzip) is measured by benchmarks/frontend_bundle.py.
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/testing/setup.ts"],
    css: false,
    restoreMocks: true,
  },
});
