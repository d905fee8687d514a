// Enabling and disabling the plugin again and again: 50 load/unload cycles of main.js in one process, each a fresh
// evaluation of the release bundle, its onload, the index build (the layout is ready, as when a user turns the plugin on),
// a note and the copilot sidebar opened, then unload, all through the fake host (test/fakes), which keeps in the app
// what a plugin registers and removes it on unload as Obsidian does. After each cycle: the heap after full collections,
// and what the app still holds of ours: registrations, event handlers, DOM listeners, live intervals and pending timeouts.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { getHeapSpaceStatistics } from "node:v8";
import { appWith, compile, generateNotes, loadPlugin, preloadHostPackages, releaseBundle, run } from "./plugin-host.mjs";
import { heapAfterGc, median, report } from "./support.mjs";

const CYCLES = 50;
const RUNS = 3;
const NOTES = 1_000;
const PROFILES = 10;
const TOOLS = 10;
/** How long reads must have stopped, once every profile and tool note is read, for the index to count as settled. */
const QUIET_MS = 30;

/** Bytes used in each of V8's heap spaces (old objects, compiled code, large objects…). */
function heapSpaces() {
  return Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size]));
}

/** Counts the timers set through `window` (the plugin's only timers) that are still live: intervals not cleared, timeouts not yet fired. */
function trackTimers() {
  const live = { intervals: new Set(), timeouts: new Set() };
  const { setTimeout, clearTimeout, setInterval, clearInterval } = globalThis;
  globalThis.setTimeout = (callback, ms, ...args) => {
    const id = setTimeout(() => {
      live.timeouts.delete(id);
      callback(...args);
    }, ms);
    live.timeouts.add(id);
    return id;
  };
  globalThis.clearTimeout = (id) => {
    live.timeouts.delete(id);
    clearTimeout(id);
  };
  globalThis.setInterval = (callback, ms, ...args) => {
    const id = setInterval(callback, ms, ...args);
    live.intervals.add(id);
    return id;
  };
  globalThis.clearInterval = (id) => {
    live.intervals.delete(id);
    clearInterval(id);
  };
  return live;
}

/** Everything of ours the app could still hold: its registries, its event sources, the DOM of its leaves. */
function leftInApp(app) {
  const handlers = app.workspace.listenerCount() + app.vault.listenerCount() + app.metadataCache.listenerCount();
  const dom = app.workspace.leaves.reduce((sum, leaf) => sum + leaf.containerEl.listenerCount() + (leaf.view.containerEl?.listenerCount() ?? 0), 0);
  return { registrations: app.registrations.size, viewCreators: app.viewCreators.size, handlers, dom };
}

/**
 * The baseline: a plugin that registers nothing, its source padded with a comment to main.js's length in two-byte
 * characters as main.js has, so that what V8 keeps of each evaluated source (its caches, its script list) weighs the same.
 */
function paddedBare(length) {
  const bare = 'module.exports = class extends require("obsidian").Plugin { async onload() {} };\n//';
  return bare + "’".repeat(Math.max(0, length - bare.length));
}

/** One cycle: a fresh evaluation of `code`, onload, the index settled, a note and the sidebar opened, unload. */
async function cycle(code, fakes, app, instances, wanted) {
  const Plugin = run(compile(code), fakes);
  const plugin = new Plugin(app);
  instances.push(new WeakRef(plugin), new WeakRef(Plugin));
  await plugin.onload();
  while (app.vault.reads < wanted) await sleep(1);
  for (let last = -1; last !== app.vault.reads; ) {
    last = app.vault.reads;
    await sleep(QUIET_MS);
  }
  await app.openNote("Notes/0/Note 200.md");
  plugin.commands.find((command) => command.id === "open-copilot-sidebar")?.callback?.();
  await sleep(1);
  plugin.unload();
  await sleep(1);
}

/**
 * Child process: runs the cycles and prints `CYCLES <json>`: the heap after each, what the app held before the first,
 * what it held after the last, and how many of the cycles' plugins (and their classes) are still reachable.
 */
async function cycles(which) {
  const { fakes } = await loadPlugin();
  const app = appWith(fakes, generateNotes(NOTES, PROFILES, TOOLS));
  app.workspace.finishLayout();
  const mainJs = readFileSync("main.js", "utf8");
  preloadHostPackages(mainJs);
  const code = which === "main" ? mainJs : paddedBare(mainJs.length);
  const wanted = which === "main" ? PROFILES + TOOLS : 0;
  const timers = trackTimers();
  const before = leftInApp(app);
  const heap = [];
  const instances = [];
  let firstSpaces = null;
  for (let count = 0; count < CYCLES; count++) {
    await cycle(code, fakes, app, instances, wanted);
    // The fake host's own test records (every read, every note opened) grow by design; they are not the plugin's.
    app.vault.readPaths.length = 0;
    app.workspace.opened.length = 0;
    app.workspace.revealed.length = 0;
    app.rendered.length = 0;
    app.document.notices.length = 0;
    heap.push(heapAfterGc());
    firstSpaces ??= heapSpaces();
  }
  const lastSpaces = heapSpaces();
  const spaceGrowth = Object.fromEntries(Object.keys(lastSpaces).map((name) => [name, lastSpaces[name] - firstSpaces[name]]).filter(([, bytes]) => bytes !== 0));
  const alive = instances.filter((ref) => ref.deref() !== undefined).length;
  const after = { ...leftInApp(app), intervals: timers.intervals.size, timeouts: timers.timeouts.size, alive };
  console.log(`CYCLES ${JSON.stringify({ heap, before, after, spaceGrowth })}`);
}

if (process.argv[2] === "--child") {
  await cycles(process.argv[3]);
  process.exit(0);
}

/** One child process's cycles of `which` ("main" or "bare"). */
function measure(which) {
  const child = spawnSync(process.execPath, ["--expose-gc", "--no-flush-bytecode", import.meta.filename, "--child", which], { encoding: "utf8" });
  const line = /^CYCLES (.+)$/m.exec(child.stdout ?? "");
  if (child.status !== 0 || !line) throw new Error(`a lifecycle run failed:\n${child.stderr}`);
  return JSON.parse(line[1]);
}

/** Built once here; each child reads it. */
releaseBundle();
const runs = { main: [], bare: [] };
for (let i = 0; i < RUNS; i++) for (const which of ["main", "bare"]) runs[which].push(measure(which));
const kb = (bytes) => (bytes / 1024).toFixed(0);
/** Heap after the last cycle − after the first, and after the last − after the tenth (once V8 has compiled what it will), per run. */
const growth = (which) => runs[which].map((each) => each.heap[CYCLES - 1] - each.heap[0]);
const lateGrowth = (which) => runs[which].map((each) => (each.heap[CYCLES - 1] - each.heap[9]) / (CYCLES - 10));
const range = (values, unit) => `median ${kb(median(values))} ${unit} (spread ${kb(Math.min(...values))} to ${kb(Math.max(...values))})`;
const firstHeap = median(runs.main.map((each) => each.heap[0]));
/** What was left after the last unload beyond what the app held before the first load: the worst run. */
const left = (key) => Math.max(...runs.main.map((each) => each.after[key] - (each.before[key] ?? 0)));
const leftovers = { "plugins still reachable": left("alive"), registrations: left("registrations"), "view types": left("viewCreators"), "event handlers": left("handlers"), "DOM listeners": left("dom"), intervals: left("intervals"), "pending timeouts": left("timeouts") };
const leftTotal = Object.values(leftovers).reduce((sum, value) => sum + value, 0);
const spaces = [...new Set(runs.main.flatMap((each) => Object.keys(each.spaceGrowth)))];
const spaceGrowth = (which) => spaces.map((name) => `${name} ${kb(median(runs[which].map((each) => each.spaceGrowth[name] ?? 0)))} KB`).join(", ");
console.log(`${CYCLES} load/unload cycles in one process (${NOTES}-note vault, fresh evaluation, onload, index, a note and the sidebar opened, unload), ${RUNS} processes each:`);
console.log(`  main.js: heap after the last cycle − after the first ${range(growth("main"), "KB")}, on ${kb(firstHeap)} KB; per cycle after the tenth ${range(lateGrowth("main"), "KB")}`);
console.log(`    by V8 heap space: ${spaceGrowth("main")}`);
console.log(`  a plugin that registers nothing, padded to main.js's length: ${range(growth("bare"), "KB")}; per cycle after the tenth ${range(lateGrowth("bare"), "KB")}`);
console.log(`    by V8 heap space: ${spaceGrowth("bare")}`);
console.log(`  left in the app after the last unload: ${Object.entries(leftovers).map(([name, value]) => `${value} ${name}`).join(", ")}`);

report([
  { name: `heap growth over ${CYCLES} load/unload cycles (last − first)`, value: median(growth("main")) / 1024, unit: "KB", baseline: "the same cycles, a plugin that registers nothing (as long as main.js)", baselineValue: median(growth("bare")) / 1024, ratio: median(growth("main")) / median(growth("bare")), goal: "— (the first cycles: V8 compiling and optimising the plugin's code)" },
  { name: `heap growth per cycle, cycles 10 to ${CYCLES}`, value: median(lateGrowth("main")) / 1024, unit: "KB", baseline: "the same, a plugin that registers nothing", baselineValue: median(lateGrowth("bare")) / 1024, ratio: median(lateGrowth("main")) / median(lateGrowth("bare")), goal: "none beyond the baseline's (noise)" },
  { name: `plugins reachable, registrations, handlers, listeners and timers left after ${CYCLES} cycles`, value: leftTotal, unit: "", goal: "0" },
]);
