// An innBoK-shaped graph of 1,600 pages (150 profiles, each with two key pages and three example pages) indexed as
// the plugin's vault index does after layout ready: files read in batches of 100, each read fed to the profile
// catalog, a yield between batches. Side by side in one run with the same reads alone. Then the picker's first list
// after indexing (every profile read and resolved: examples through embeds, key pages) and after a change, and the
// memory the index holds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { importTs, median, report } from "./support.mjs";

const BATCH = 100;
const ROUNDS = 7;
const { ProfileCatalog } = await importTs("src/core/catalog/profile-catalog.ts");
const { GraphPages } = await importTs("src/core/graph/graph-pages.ts");
const { detectGraphFolder } = await importTs("src/core/graph/graph-folder.ts");
const { generateGraph, BENCH_GRAPH } = await importTs("test/support/graph-generator.ts");

const files = generateGraph(BENCH_GRAPH);
const root = mkdtempSync(join(tmpdir(), "inncopilot-graph-"));
for (const [path, text] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const notes = [...files.keys()].filter((path) => path.endsWith(".md"));
const folder = detectGraphFolder([...files.keys()]);
const textBytes = notes.reduce((sum, path) => sum + Buffer.byteLength(files.get(path), "utf8"), 0);
const meta = (path) => ({ path, basename: path.slice(path.lastIndexOf("/") + 1, -3), frontmatter: {}, tags: [] });
const newCatalog = () => new ProfileCatalog(() => [], { profilesFolder: () => "Profiles", graph: new GraphPages(() => folder) });
const yieldToApp = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads every note in batches, handing each text to `use`; returns the longest synchronous stretch of one batch. */
async function readAll(use) {
  let longest = 0;
  for (let start = 0; start < notes.length; start += BATCH) {
    const batch = notes.slice(start, start + BATCH);
    const texts = await Promise.all(batch.map((path) => readFile(join(root, path), "utf8")));
    const began = performance.now();
    batch.forEach((path, i) => use(path, texts[i]));
    longest = Math.max(longest, performance.now() - began);
    await yieldToApp();
  }
  return longest;
}

const timed = async (fn) => {
  const began = performance.now();
  const longest = await fn();
  return { ms: performance.now() - began, longest };
};

const reads = [];
const indexes = [];
let longestWait = 0;
let catalog = null;
for (let round = 0; round < ROUNDS; round++) {
  reads.push((await timed(() => readAll(() => {}))).ms);
  catalog = newCatalog();
  const run = await timed(() => readAll((path, text) => catalog.wants(meta(path)) && catalog.update(path, text)));
  indexes.push(run.ms);
  longestWait = Math.max(longestWait, run.longest);
}
if (catalog.all().length !== BENCH_GRAPH.profiles) throw new Error(`expected ${BENCH_GRAPH.profiles} profiles, found ${catalog.all().length}`);

// The picker after a change: the catalog lists (and so resolves) every profile, sorted by name as the picker shows them.
const pickerTimes = [];
const sortTimes = [];
for (let round = 0; round < 15; round++) {
  const path = notes.find((each) => each.includes("Venture 0"));
  catalog.update(path, files.get(path) + `\n- edit ${round}\n`);
  let began = performance.now();
  const listed = catalog.all().sort((a, b) => a.profile.name.localeCompare(b.profile.name));
  pickerTimes.push(performance.now() - began);
  began = performance.now();
  [...listed].sort((a, b) => a.profile.name.localeCompare(b.profile.name));
  sortTimes.push(performance.now() - began);
}

// Memory held by a freshly built index, every profile resolved, the texts read dropped.
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
let held = newCatalog();
await readAll((path, text) => held.wants(meta(path)) && held.update(path, text));
let longestPrepare = 0;
for (let more = true; more; ) {
  const began = performance.now();
  more = held.prepare(5);
  longestPrepare = Math.max(longestPrepare, performance.now() - began);
  await yieldToApp();
}
const firstBegan = performance.now();
held.all().sort((a, b) => a.profile.name.localeCompare(b.profile.name));
const firstPicker = performance.now() - firstBegan;
globalThis.gc?.();
const heldBytes = process.memoryUsage().heapUsed - before;
if (held.all().length !== BENCH_GRAPH.profiles) throw new Error("the index lost profiles");
held = null;
rmSync(root, { recursive: true, force: true });

const read = median(reads);
const index = median(indexes);
const picker = median(pickerTimes);
const mb = (bytes) => bytes / (1024 * 1024);
console.log(`${notes.length} pages, ${mb(textBytes).toFixed(2)} MB of text; read ${read.toFixed(1)} ms, read + index ${index.toFixed(1)} ms, longest batch ${longestWait.toFixed(1)} ms; read ahead in slices of at most ${longestPrepare.toFixed(1)} ms, first picker ${firstPicker.toFixed(1)} ms, picker after a change ${picker.toFixed(1)} ms; held ${mb(heldBytes).toFixed(2)} MB`);
report([
  { name: `index a ${notes.length}-page graph after layout ready`, value: index, unit: "ms", baseline: "read every file alone", baselineValue: read, ratio: index / read, goal: "≤ 1.3×" },
  { name: "longest wait for the app while indexing (one batch of 100)", value: longestWait, unit: "ms", goal: "< 16 ms" },
  { name: "longest wait while reading graph profiles ahead (5 at a time, as the vault index does)", value: longestPrepare, unit: "ms", goal: "< 16 ms" },
  { name: `first picker list after indexing, ${BENCH_GRAPH.profiles} graph profiles`, value: firstPicker, unit: "ms", goal: "< 30 ms" },
  { name: `picker list after a change, ${BENCH_GRAPH.profiles} graph profiles resolved`, value: picker, unit: "ms", baseline: "sorting the same list alone", baselineValue: median(sortTimes), ratio: picker / median(sortTimes), goal: "< 30 ms" },
  { name: "memory held by the index", value: mb(heldBytes), unit: "MB", baseline: "the graph's text (UTF-8)", baselineValue: mb(textBytes), ratio: heldBytes / textBytes, goal: "≤ 2×" },
]);
