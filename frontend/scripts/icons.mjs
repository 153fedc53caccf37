// Draws the app icons (PNG) from scripts/icon.svg with resvg compiled to WebAssembly: no
// native modules and no network. Runs before every build; the output is in public/icons.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

import { initWasm, Resvg } from "@resvg/resvg-wasm";

const require = createRequire(import.meta.url);
const here = new URL(".", import.meta.url);
const out = new URL("../public/icons/", import.meta.url);

const sizes = [
  ["icon-192.png", 192],
  ["icon-512.png", 512],
  ["apple-touch-icon.png", 180],
];

await initWasm(await readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
const svg = await readFile(new URL("icon.svg", here), "utf8");
await mkdir(out, { recursive: true });
for (const [name, width] of sizes) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: width } }).render().asPng();
  await writeFile(new URL(name, out), png);
}
console.log(`icons: ${sizes.map(([n]) => n).join(", ")}`);
