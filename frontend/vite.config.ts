/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const api = "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // Installable, and readable offline: the app shell is precached; books the user opened
    // (GET /api/stories/{id}) and their pictures are cached as they are fetched. The cache
    // names are in src/lib/offline.ts, which lists and clears them (on log out).
    VitePWA({
      strategies: "generateSW",
      registerType: "autoUpdate",
      injectRegister: false, // registered from src/app/offline.ts (production builds only)
      includeAssets: ["favicon.svg", "icons/apple-touch-icon.png"],
      manifest: {
        name: "Storyloom",
        short_name: "Storyloom",
        description: "Personalised, illustrated picture books for your children.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#fff8ef",
        theme_color: "#b4461f",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // The reading font in woff2 only (every browser we support reads it).
        globPatterns: ["**/*.{js,css,html,svg,png,woff2}"],
        // pdf.js (1.5 MB with its worker) draws the print preview, which needs the server
        // anyway: loaded when a preview opens, not precached for every visitor.
        globIgnores: ["**/pdf-view-*.js", "**/pdf.worker*.js"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/(healthz|readyz|metrics)(\/|$)/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // A book: fresh from the server when there is one, else the copy last read.
            urlPattern: /\/api\/stories\/[^/?#]+$/,
            method: "GET",
            handler: "NetworkFirst",
            options: {
              cacheName: "storyloom-books",
              networkTimeoutSeconds: 10,
              // Requests carry the bearer token, an offline reload has none yet.
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 60 },
            },
          },
          {
            // Pictures never change under an id (a new picture gets a new id).
            urlPattern: /\/api\/images\/[^/?#]+(\?[^#]*)?$/,
            method: "GET",
            handler: "CacheFirst",
            options: {
              cacheName: "storyloom-pictures",
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 1500 },
            },
          },
          {
            // Narration: its address names its content (?v=), so a kept copy is never stale.
            urlPattern: /\/api\/(stories\/[^/?#]+\/pages\/[^/?#]+\/audio|shared\/[^/?#]+\/audio\/\d+)\?v=[^#]*$/,
            method: "GET",
            handler: "CacheFirst",
            options: {
              cacheName: "storyloom-narration",
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 1500 },
            },
          },
        ],
      },
    }),
  ],
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
    // No test may depend on the machine's speed: a loaded 2-core machine runs these
    // several times slower than a laptop, so the bounds only catch a real hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
