// Generates src/api/schema.d.ts from openapi.json (written by `storyloom openapi`).
// With --check it writes nothing and exits 1 when the committed file is stale, so CI can
// tell that someone changed the API without regenerating the client.
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const spec = join(root, "openapi.json");
const target = join(root, "src", "api", "schema.d.ts");
const check = process.argv.includes("--check");

const HEADER =
  "/**\n * Generated from openapi.json by scripts/gen-api.mjs (openapi-typescript).\n" +
  " * Do not edit by hand: run `make client` (or `npm run gen:api`).\n */\n\n";

const ast = await openapiTS(new URL(`file://${spec}`), { alphabetize: false });
const generated = HEADER + astToString(ast);

const tmp = await mkdtemp(join(tmpdir(), "storyloom-gen-api-"));
try {
  const tmpFile = join(tmp, "schema.d.ts");
  await writeFile(tmpFile, generated);
  const fresh = await readFile(tmpFile, "utf8");
  let current = null;
  try {
    current = await readFile(target, "utf8");
  } catch {
    current = null;
  }
  if (check) {
    if (current !== fresh) {
      console.error("src/api/schema.d.ts is stale: run `make client` and commit the result.");
      process.exit(1);
    }
    console.log("src/api/schema.d.ts is up to date.");
  } else if (current === fresh) {
    console.log("src/api/schema.d.ts unchanged.");
  } else {
    await writeFile(target, fresh);
    console.log("wrote src/api/schema.d.ts");
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
