// Rewrites src/core/library/packed-library.ts from the bundled pages, src/core/library/profiles/*.md (see scripts/pack-text.ts).
// test/core/library/packed-library.test.ts fails while it is stale.
import { build } from "esbuild";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(mkdtempSync(join(tmpdir(), "inncopilot-pack-")), "pack-text.mjs");
await build({ entryPoints: [join(root, "scripts", "pack-text.ts")], bundle: true, format: "esm", platform: "node", outfile, logLevel: "error" });
const { packedLibrarySource } = await import(pathToFileURL(outfile).href);
const file = join(root, "src", "core", "library", "packed-library.ts");
writeFileSync(file, packedLibrarySource(root));
console.log(`wrote ${file}`);
