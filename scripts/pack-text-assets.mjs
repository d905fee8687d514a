// Rewrites the packed text assets (src/core/library/packed-library.ts) from the files they pack (see scripts/pack-text.ts).
// Its test fails while it is stale: edit the .md or .hbs, then run this.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Built beside node_modules, which it imports from (Zopfli), rather than bundled with it.
const cache = join(root, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const outfile = join(mkdtempSync(join(cache, "inncopilot-pack-")), "pack-text.mjs");
await build({ entryPoints: [join(root, "scripts", "pack-text.ts")], bundle: true, packages: "external", format: "esm", platform: "node", outfile, logLevel: "error" });
const { PACKED_ASSET, packedModuleSource } = await import(pathToFileURL(outfile).href);
writeFileSync(join(root, PACKED_ASSET.module), await packedModuleSource(root, PACKED_ASSET));
console.log(`wrote ${PACKED_ASSET.module}`);
