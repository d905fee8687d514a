// Plugin start-up in a 10,000-note vault: loading main.js and running onload (before the layout is ready), then the
// index build after layout ready, each beside a baseline measured in the same run. main.js is built as for a release
// and evaluated afresh each time, its `obsidian` being the fake module (test/fakes), with a bench-only metadata cache
// that, like Obsidian's, holds every note's metadata in memory before the plugin starts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { appWith, compile, generateNotes, loadPlugin, preloadHostPackages, releaseBundle, run } from "./plugin-host.mjs";
import { median, report } from "./support.mjs";

const NOTES = 10_000;
const PROFILES = 100;
const TOOLS = 100;
const ONLOAD_RUNS = 200;
const COLD_RUNS = 15;
const BUILD_ROUNDS = 9;

/** Milliseconds from evaluating `code` to the end of its plugin's onload; the plugin is unloaded afterwards. */
async function timeLoad(code, fakes, app) {
  return (await timeLoadParts(code, fakes, app)).total;
}

/**
 * `timeLoad`, split: `compile` is V8 parsing the bundle, `evaluation` that plus running its top-level code, the rest
 * constructing the plugin and running onload; `cpu` is the process's CPU time meanwhile, which a busy machine disturbs less than wall time.
 */
async function timeLoadParts(code, fakes, app) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const compiled = compile(code);
  const parsed = performance.now();
  const Plugin = run(compiled, fakes);
  const evaluated = performance.now();
  const plugin = new Plugin(app);
  await plugin.onload();
  const ended = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  plugin.unload();
  return { total: ended - started, evaluation: evaluated - started, compile: parsed - started, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs `start` (which begins a build that yields to the event loop between batches), awaits `done()`, and returns the
 * wall time, the time the thread was busy meanwhile (Node's event-loop utilisation: the build and whatever it set off),
 * the process's CPU time meanwhile (which other processes on a busy machine disturb less), and the longest the event
 * loop was kept from running (its delay histogram, to within a millisecond).
 */
async function timeBuild(start, done) {
  const delays = monitorEventLoopDelay({ resolution: 1 });
  delays.enable();
  const before = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  start();
  await done();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const { active } = performance.eventLoopUtilization(before);
  delays.disable();
  return { wall, busy: active, cpu: (cpu.user + cpu.system) / 1000, longest: delays.max / 1e6 };
}

if (process.argv[2] === "--cold") await coldRun(process.argv[3]);

/** Child process: times one cold load of the bundle at `file` in a 10,000-note vault, prints `COLD <total> <evaluation> <cpu> <compile>` (ms) and exits. */
async function coldRun(file) {
  const { fakes } = await loadPlugin();
  const app = appWith(fakes, generateNotes(NOTES, PROFILES, TOOLS));
  const code = readFileSync(file, "utf8");
  preloadHostPackages(code);
  const { total, evaluation, compile, cpu } = await timeLoadParts(code, fakes, app);
  console.log(`COLD ${total} ${evaluation} ${cpu} ${compile}`);
  process.exit(0);
}

const { InnCoPilotPlugin, VaultIndex, fakes } = await loadPlugin();
const notes = generateNotes(NOTES, PROFILES, TOOLS);
const megabytes = notes.reduce((sum, [, text]) => sum + text.length, 0) / 1e6;
console.log(`vault: ${NOTES} notes (${PROFILES} profile pages, ${TOOLS} tool notes), ${megabytes.toFixed(1)} MB`);

const mainJs = releaseBundle();
/** A plugin that registers nothing, loaded the same way: what any plugin costs at least. */
const bareJs = 'module.exports = class extends require("obsidian").Plugin { async onload() {} };';

preloadHostPackages(mainJs);
const big = appWith(fakes, notes);
const empty = appWith(fakes, []);
const onload = { big: [], empty: [], bare: [] };
for (let i = 0; i < ONLOAD_RUNS; i++) {
  onload.big.push(await timeLoad(mainJs, fakes, big));
  onload.empty.push(await timeLoad(mainJs, fakes, empty));
  onload.bare.push(await timeLoad(bareJs, fakes, big));
}
const onloadBig = median(onload.big);
const onloadEmpty = median(onload.empty);
const onloadBare = median(onload.bare);
console.log(`load main.js (${(mainJs.length / 1024).toFixed(0)} KB) + onload, layout not ready: ${onloadBig.toFixed(2)} ms with ${NOTES} notes, ${onloadEmpty.toFixed(2)} ms with none; a plugin that registers nothing ${onloadBare.toFixed(3)} ms (medians of ${ONLOAD_RUNS})`);
console.log(`  the vault's size changes start-up by ${(onloadBig / onloadEmpty).toFixed(2)}× (goal ≤ 1.5×: nothing is read before the layout is ready)`);

/** Start-up as Obsidian meets it, once per process: each run is a fresh Node process that has never seen the code. */
const coldDir = mkdtempSync(join(tmpdir(), "inncopilot-bench-cold-"));
writeFileSync(join(coldDir, "main.js"), mainJs);
writeFileSync(join(coldDir, "bare.js"), bareJs);
const cold = { main: [], bare: [] };
for (let run = 0; run < COLD_RUNS; run++) {
  for (const which of ["main", "bare"]) {
    const child = spawnSync(process.execPath, [import.meta.filename, "--cold", join(coldDir, `${which}.js`)], { encoding: "utf8" });
    const figure = /^COLD (\S+) (\S+) (\S+) (\S+)$/m.exec(child.stdout ?? "");
    if (child.status !== 0 || !figure) throw new Error(`a cold start-up run failed:\n${child.stderr}`);
    const [total, evaluation, cpu, compile] = figure.slice(1).map(Number);
    cold[which].push({ total, compile, topLevel: evaluation - compile, onload: total - evaluation, cpu });
  }
}
rmSync(coldDir, { recursive: true, force: true });
/** The median of one part over the cold runs of `which`, each run's own share (not a difference of medians). */
const coldPart = (which, part) => median(cold[which].map((run) => run[part]));
const spread = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
/** The spread of one part over the cold runs of `which`. */
const coldSpread = (which, part) => spread(cold[which].map((run) => run[part]));
const coldMain = coldPart("main", "total");
const coldBare = coldPart("bare", "total");
const coldCompile = coldPart("main", "compile");
const kilobytes = Buffer.byteLength(mainJs) / 1024;
console.log(`cold start-up (a fresh process each time), ${NOTES}-note vault: ${coldMain.toFixed(2)} ms to load main.js and run onload (spread ${coldSpread("main", "total")}); ${coldBare.toFixed(2)} ms for a plugin that registers nothing (medians of ${COLD_RUNS})`);
console.log(`  V8 compiling main.js (${kilobytes.toFixed(0)} KB, ${(kilobytes / coldCompile).toFixed(0)} KB/ms): ${coldCompile.toFixed(2)} ms (spread ${coldSpread("main", "compile")}); its top-level code: ${coldPart("main", "topLevel").toFixed(2)} ms (spread ${coldSpread("main", "topLevel")}); constructing the plugin and onload: ${coldPart("main", "onload").toFixed(2)} ms (spread ${coldSpread("main", "onload")}); CPU time in all ${coldPart("main", "cpu").toFixed(2)} ms (spread ${coldSpread("main", "cpu")})`);

/** Captures the VaultIndex the plugin builds, so the bench can await the build it starts. */
const built = [];
const load = VaultIndex.prototype.load;
VaultIndex.prototype.load = function captureThenLoad() {
  built.push(this);
  return load.call(this);
};

/** Reads every note and indexes nothing: the same host code (VaultIndex) with an indexer that wants all and keeps none. */
const readEverything = { wants: () => true, update() {}, remove() {} };

const index = { plugin: [], readAll: [] };
for (let round = 0; round < BUILD_ROUNDS; round++) {
  const app = appWith(fakes, notes);
  const plugin = new InnCoPilotPlugin(app);
  await plugin.onload();
  const vaultIndex = built.pop();
  index.plugin.push(await timeBuild(() => app.workspace.finishLayout(), () => vaultIndex.whenBuilt()));
  plugin.unload();

  const baselineApp = appWith(fakes, notes);
  const host = new fakes.Plugin(baselineApp);
  const reader = new VaultIndex(baselineApp, host, [readEverything]);
  reader.load();
  index.readAll.push(await timeBuild(() => baselineApp.workspace.finishLayout(), () => reader.whenBuilt()));
  host.unload();
}
VaultIndex.prototype.load = load;
const buildWall = median(index.plugin.map((run) => run.wall));
const readAllWall = median(index.readAll.map((run) => run.wall));
const buildBusy = median(index.plugin.map((run) => run.busy));
const readAllBusy = median(index.readAll.map((run) => run.busy));
const buildLongest = median(index.plugin.map((run) => run.longest));
const readAllLongest = median(index.readAll.map((run) => run.longest));
console.log(`index build after layout ready: thread busy ${buildBusy.toFixed(1)} ms (${buildWall.toFixed(0)} ms wall, yielding every batch), against busy ${readAllBusy.toFixed(1)} ms (${readAllWall.toFixed(0)} ms wall) to read every note and index none; ${(buildBusy / readAllBusy).toFixed(2)}×, medians of ${BUILD_ROUNDS}`);
const buildCpu = median(index.plugin.map((run) => run.cpu));
const readAllCpu = median(index.readAll.map((run) => run.cpu));
console.log(`  CPU time: ${buildCpu.toFixed(1)} ms against ${readAllCpu.toFixed(1)} ms, ${(buildCpu / readAllCpu).toFixed(2)}× (spread of the busy ratio over the rounds: ${spread(index.plugin.map((run, i) => run.busy / index.readAll[i].busy))}×)`);
console.log(`  longest the app had to wait (event-loop delay): ${buildLongest.toFixed(1)} ms (reading only: ${readAllLongest.toFixed(1)} ms; goal < 16 ms, one frame)`);

report([
  { name: `load main.js + onload, ${NOTES}-note vault`, value: onloadBig, unit: "ms", baseline: "the same, empty vault", baselineValue: onloadEmpty, ratio: onloadBig / onloadEmpty, goal: "≤ 1.5× (vault size does not matter)" },
  { name: `load main.js + onload, ${NOTES}-note vault, warm`, value: onloadBig, unit: "ms", baseline: "a plugin that registers nothing", baselineValue: onloadBare, ratio: onloadBig / onloadBare, goal: "—" },
  { name: `load main.js + onload, ${NOTES}-note vault, cold`, value: coldMain, unit: "ms", baseline: "a plugin that registers nothing, cold", baselineValue: coldBare, ratio: coldMain / coldBare, goal: "≤ 5 ms in all" },
  { name: `cold start: V8 compiling main.js (${kilobytes.toFixed(0)} KB), its floor`, value: coldCompile, unit: "ms", baseline: "the whole cold start", baselineValue: coldMain, ratio: coldCompile / coldMain, goal: "— (grows with main.js)" },
  { name: `index build after layout ready, ${NOTES} notes (busy time)`, value: buildBusy, unit: "ms", baseline: "read every note, index none", baselineValue: readAllBusy, ratio: buildBusy / readAllBusy, goal: "—" },
  { name: "index build: longest wait for the app (event-loop delay)", value: buildLongest, unit: "ms", baseline: "read every note, index none", baselineValue: readAllLongest, ratio: buildLongest / readAllLongest, goal: "< 16 ms (one frame)" },
]);
