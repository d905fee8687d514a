// Memory: the heap the plugin holds once it has indexed a 10,000-note vault, against the vault's text. Each run is a
// fresh process (--expose-gc; --no-flush-bytecode, so that collections do not drop the bench's own compiled code
// meanwhile): the heap is measured after full collections before main.js is evaluated and again once the index has
// settled. Every read returns a new string decoded from the note's bytes, as reading a file does, so text the plugin
// keeps (or slices it keeps, which hold their whole note) counts against it, not against the fake vault.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { appWith, compile, generateNotes, loadPlugin, preloadHostPackages, releaseBundle, run } from "./plugin-host.mjs";
import { heapAfterGc, median, report } from "./support.mjs";

const NOTES = 10_000;
const PROFILES = 100;
const TOOLS = 100;
const RUNS = 5;
/** How long the plugin's reads must have stopped, once it has read every profile and tool note, for the index to count as settled. */
const QUIET_MS = 300;

/** Child process: loads main.js into a vault of `count` notes, indexes it, prints `MEMORY <held> <text> <indexed text> <reads> <held after onload>` (bytes, notes). */
async function memoryRun(count) {
  const { fakes } = await loadPlugin();
  const notes = generateNotes(count, PROFILES, TOOLS);
  const app = appWith(fakes, notes);
  const bytes = new Map(notes.map(([path, text]) => [path, Buffer.from(text, "utf8")]));
  let reads = 0;
  const read = (file) => {
    reads++;
    return Promise.resolve(bytes.get(file.path).toString("utf8"));
  };
  app.vault.cachedRead = read;
  app.vault.read = read;
  const code = readFileSync("main.js", "utf8");
  preloadHostPackages(code);
  heapAfterGc();
  await sleep(QUIET_MS);
  const before = heapAfterGc();
  const Plugin = run(compile(code), fakes);
  const plugin = new Plugin(app);
  await plugin.onload();
  const loaded = heapAfterGc() - before;
  app.workspace.finishLayout();
  while (reads < PROFILES + TOOLS) await sleep(10);
  for (let last = -1; last !== reads; ) {
    last = reads;
    await sleep(QUIET_MS);
  }
  const held = heapAfterGc() - before;
  const indexed = notes.filter(([path]) => !path.startsWith("Notes/")).reduce((sum, [path]) => sum + bytes.get(path).length, 0);
  const text = [...bytes.values()].reduce((sum, each) => sum + each.length, 0);
  console.log(`MEMORY ${held} ${text} ${indexed} ${reads} ${loaded}`);
  plugin.unload();
}

if (process.argv[2] === "--child") {
  await memoryRun(Number(process.argv[3]));
  process.exit(0);
}

/** One child process's figures for a vault of `count` notes. */
function measure(count) {
  const child = spawnSync(process.execPath, ["--expose-gc", "--no-flush-bytecode", import.meta.filename, "--child", String(count)], { encoding: "utf8" });
  const figure = /^MEMORY (\d+) (\d+) (\d+) (\d+) (\d+)$/m.exec(child.stdout ?? "");
  if (child.status !== 0 || !figure) throw new Error(`a memory run failed:\n${child.stderr}`);
  const [held, text, indexed, reads, loaded] = figure.slice(1).map(Number);
  return { held, text, indexed, reads, loaded };
}

/** The whole vault, and beside it a vault of only the notes the plugin indexes (its profile pages and tool notes), in turns. */
/** Built once here; each child reads it. */
releaseBundle();
const runs = { vault: [], indexedOnly: [] };
for (let i = 0; i < RUNS; i++) {
  runs.vault.push(measure(NOTES));
  runs.indexedOnly.push(measure(PROFILES + TOOLS));
}
const megabytes = (value) => (value / 1e6).toFixed(2);
const middle = (which, part) => median(runs[which].map((run) => run[part]));
const spread = (which, part) => `${megabytes(Math.min(...runs[which].map((run) => run[part])))}–${megabytes(Math.max(...runs[which].map((run) => run[part])))}`;
const held = middle("vault", "held");
const heldIndexedOnly = middle("indexedOnly", "held");
const loaded = middle("vault", "loaded");
const { text, indexed, reads } = runs.vault[0];
console.log(`heap held by the plugin after indexing ${NOTES} notes (${megabytes(text)} MB of text, ${reads} notes read): ${megabytes(held)} MB (spread ${spread("vault", "held")} MB, median of ${RUNS} processes)`);
console.log(`  of which main.js loaded, before the layout is ready (its code, the registrations): ${megabytes(loaded)} MB (spread ${spread("vault", "loaded")}); the index and what it keeps: ${megabytes(held - loaded)} MB`);
console.log(`  ${(held / text).toFixed(3)}× the vault's text; ${(held / indexed).toFixed(2)}× the text of the ${PROFILES} profile pages and ${TOOLS} tool notes it indexes (${megabytes(indexed)} MB)`);
console.log(`  a vault of only those ${PROFILES + TOOLS} notes: ${megabytes(heldIndexedOnly)} MB (spread ${spread("indexedOnly", "held")} MB); the other ${NOTES - PROFILES - TOOLS} notes add ${((held - heldIndexedOnly) / 1e3).toFixed(0)} KB`);

report([
  { name: `heap held after indexing a ${NOTES}-note vault`, value: held / 1e6, unit: "MB", baseline: "the vault's text (UTF-8)", baselineValue: text / 1e6, ratio: held / text, goal: "≤ 0.5× (the notes it does not index cost next to nothing)" },
  { name: `heap held, ${NOTES}-note vault`, value: held / 1e6, unit: "MB", baseline: `a vault of only its ${PROFILES + TOOLS} profile and tool notes`, baselineValue: heldIndexedOnly / 1e6, ratio: held / heldIndexedOnly, goal: "≤ 1.1×" },
  { name: `heap held, ${NOTES}-note vault, against the text it indexes`, value: held / 1e6, unit: "MB", baseline: `the text of the ${PROFILES + TOOLS} profile and tool notes`, baselineValue: indexed / 1e6, ratio: held / indexed, goal: "≤ 4× (code included)" },
]);
