// Rewrites the packed text assets (src/core/library/packed-library.ts) from the files they pack (see scripts/pack-text.ts).
// Its test fails while it is stale: edit the .md or .hbs, then run this.
import { build } from "esbuild";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(mkdtempSync(join(tmpdir(), "inncopilot-pack-")), "pack-text.mjs");
await build({ entryPoints: [join(root, "scripts", "pack-text.ts")], bundle: true, format: "esm", platform: "node", outfile, logLevel: "error" });
const { PACKED_ASSET, packedModuleSource } = await import(pathToFileURL(outfile).href);
writeFileSync(join(root, PACKED_ASSET.module), packedModuleSource(root, PACKED_ASSET));
console.log(`wrote ${PACKED_ASSET.module}`);
