// `node scripts/test-map.mjs` writes docs/test-map.md: for each source file without a test file of its own name, the
// nearest tests that reach it through imports (jest files, and the Chromium pages the browser specs load).
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\s+"(\.[^"]+)"/g;

/** Every file under `dir` (relative to the root) whose name passes `keep`. */
async function files(dir, keep) {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true }).catch(() => []);
  const found = [];
  for (const entry of entries) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "dist" && entry.name !== "node_modules") found.push(...(await files(rel, keep)));
    } else if (keep(rel)) found.push(rel);
  }
  return found;
}

/** The file a relative import names, tried with the extensions TypeScript would try. */
function resolve(from, spec, known) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (known.has(candidate)) return candidate;
  return null;
}

/** Whether `test/` holds a test named after the source file (x.test.ts, x.part.test.ts or x-part.test.ts). */
function hasOwnTest(source, tests) {
  const stem = `test/${source.slice("src/".length, -".ts".length)}`;
  return tests.some((t) => t === `${stem}.test.ts` || ((t.startsWith(`${stem}.`) || t.startsWith(`${stem}-`)) && t.endsWith(".test.ts")));
}

const sources = (await files("src", (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).sort();
const tests = await files("test", (f) => f.endsWith(".test.ts"));
const pages = await files("test/browser/pages", (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
const others = [...(await files("test", (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))), ...(await files("playground", (f) => f.endsWith(".ts")))];
const known = new Set([...sources, ...others]);

// importers[f]: the files that import f.
const importers = new Map();
for (const file of known) {
  const text = await readFile(path.join(ROOT, file), "utf8");
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(file, match[1] ?? match[2], known);
    if (target === null) continue;
    if (!importers.has(target)) importers.set(target, new Set());
    importers.get(target).add(file);
  }
}

// The Logseq plugin's entry is built into dist/logseq/, which the Chromium specs load whole (test/browser/logseq.spec.mjs).
const BUILT = new Map([["src/logseq/main.ts", "`test/browser/logseq.spec.mjs` (through the built dist/logseq/)"]]);
const entries = new Set([...tests, ...pages, ...BUILT.keys()]);
/** The test entries nearest to `source` by import distance (all at the nearest distance, at most five), and that distance. */
function nearestTests(source) {
  const seen = new Set([source]);
  let frontier = [source];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next = [];
    for (const file of frontier) {
      for (const importer of importers.get(file) ?? []) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        next.push(importer);
      }
    }
    const reached = next.filter((f) => entries.has(f)).map((f) => BUILT.get(f) ?? `\`${f}\``).sort();
    if (reached.length > 0) return { depth, reached: reached.slice(0, 5), more: Math.max(0, reached.length - 5) };
    frontier = next;
  }
  return null;
}

const rows = [];
let untested = 0;
for (const source of sources) {
  if (hasOwnTest(source, tests)) continue;
  const near = BUILT.has(source) ? { depth: 0, reached: [BUILT.get(source)], more: 0 } : nearestTests(source);
  if (near === null) untested++;
  const via = near === null ? "**no test reaches it**" : near.reached.join(", ") + (near.more > 0 ? ` and ${near.more} more` : "");
  rows.push(`| \`${source}\` | ${near === null ? "—" : near.depth === 0 ? "loaded whole" : near.depth === 1 ? "imports it" : `${near.depth} imports away`} | ${via} |`);
}

const report = [
  "# Which tests cover the source files without a test of their own",
  "",
  "Written by `node scripts/test-map.mjs`. Tests mirror `src/`: `test/core/x.test.ts` tests `src/core/x.ts`. The files below have no",
  "test of their own name; each is listed with the nearest test files that reach it through imports (a jest test, or a page under",
  "`test/browser/pages/` that the Chromium specs load). Type-only files and barrels appear here too: they hold no behaviour to test.",
  "",
  `${sources.length} source files; ${sources.length - rows.length} with a test of their own; ${rows.length} covered through others; ${untested} reached by no test.`,
  "",
  "| source file | distance | nearest tests |",
  "| --- | --- | --- |",
  ...rows,
  "",
].join("\n");
await writeFile(path.join(ROOT, "docs/test-map.md"), report);
process.stdout.write(`docs/test-map.md: ${rows.length} files covered through other tests, ${untested} reached by none\n`);
