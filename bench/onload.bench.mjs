// Plugin start-up in a 10,000-note vault: loading main.js and running onload (before the layout is ready), then the
// index build after layout ready, each beside a baseline measured in the same run. main.js is built as for a release
// and evaluated afresh each time, its `obsidian` being the fake module (test/fakes), with a bench-only metadata cache
// that, like Obsidian's, holds every note's metadata in memory before the plugin starts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { appWith, compile, generateNotes, loadPlugin, preloadHostPackages, releaseBundle, run, warmHostApi } from "./plugin-host.mjs";
import { median, report } from "./support.mjs";

const NOTES = 10_000;
const PROFILES = 100;
const TOOLS = 100;
const ONLOAD_RUNS = 200;
const COLD_RUNS = 21;
const BUILD_ROUNDS = 15;
/** The goal for the whole cold start, in ms (issue 14). */
const COLD_GOAL_MS = 5;

/** Milliseconds from evaluating `code` to the end of its plugin's onload; the plugin is unloaded afterwards. */
async function timeLoad(code, fakes, app) {
  return (await timeLoadParts(code, fakes, app)).total;
}

/**
 * `timeLoad`, split: `compile` is V8 parsing the bundle, `evaluation` that plus running its top-level code, the rest
 * constructing the plugin and running onload; each also in the process's CPU time (`cpu…`), which a busy machine
 * disturbs far less than wall time (it does not count the time the process waits for a core).
 */
async function timeLoadParts(code, fakes, app) {
  const cpuMs = (since) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const compiled = compile(code);
  const parsed = performance.now();
  const cpuCompile = cpuMs(cpuBefore);
  const Plugin = run(compiled, fakes);
  const evaluated = performance.now();
  const cpuEvaluation = cpuMs(cpuBefore);
  const plugin = new Plugin(app);
  await plugin.onload();
  const ended = performance.now();
  const cpu = cpuMs(cpuBefore);
  plugin.unload();
  return { total: ended - started, evaluation: evaluated - started, compile: parsed - started, cpu, cpuCompile, cpuEvaluation };
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

/**
 * Child process: times one cold load of the bundle at `file` in a 10,000-note vault, prints
 * `COLD <total> <evaluation> <cpu> <compile> <cpu compile> <cpu evaluation>` (ms) and exits.
 * The host's API is warmed first (see `warmHostApi`), for the plugin and the baseline alike; the plugin's code never ran.
 */
async function coldRun(file) {
  const { fakes } = await loadPlugin();
  const app = appWith(fakes, generateNotes(NOTES, PROFILES, TOOLS));
  const code = readFileSync(file, "utf8");
  preloadHostPackages(code);
  await warmHostApi(fakes, app);
  const { total, evaluation, compile, cpu, cpuCompile, cpuEvaluation } = await timeLoadParts(code, fakes, app);
  console.log(`COLD ${total} ${evaluation} ${cpu} ${compile} ${cpuCompile} ${cpuEvaluation}`);
  process.exit(0);
}

const { InnCoPilotPlugin, VaultIndex, fakes, parseProfile } = await loadPlugin();
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
    const figure = /^COLD (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$/m.exec(child.stdout ?? "");
    if (child.status !== 0 || !figure) throw new Error(`a cold start-up run failed:\n${child.stderr}`);
    const [total, evaluation, cpu, compile, cpuCompile, cpuEvaluation] = figure.slice(1).map(Number);
    cold[which].push({
      total,
      compile,
      topLevel: evaluation - compile,
      onload: total - evaluation,
      cpu,
      cpuCompile,
      cpuTopLevel: cpuEvaluation - cpuCompile,
      cpuOnload: cpu - cpuEvaluation,
    });
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
/**
 * The floor: compiling grows with the bundle's size (V8 pre-parses every function it will not run yet about as fast as
 * it parses the ones it runs), so each run's compile time per KB, times a size, plus what runs after compiling.
 */
const perKb = median(cold.main.map((run) => run.compile / kilobytes));
const rest = coldPart("main", "topLevel") + coldPart("main", "onload");
const bareRest = coldBare;
const sizeFor = (left) => Math.max(0, (COLD_GOAL_MS - left) / perKb);
console.log(`  floor: ${(perKb * 1000).toFixed(1)} µs per KB compiled (spread ${spread(cold.main.map((run) => (run.compile / kilobytes) * 1000))}) × ${kilobytes.toFixed(0)} KB = ${(perKb * kilobytes).toFixed(2)} ms, + ${rest.toFixed(2)} ms of top-level code and onload = ${(perKb * kilobytes + rest).toFixed(2)} ms; with only what a plugin that registers nothing costs after compiling (${bareRest.toFixed(2)} ms): ${(perKb * kilobytes + bareRest).toFixed(2)} ms`);
const cpuPerKb = median(cold.main.map((run) => run.cpuCompile / kilobytes));
const cpuRest = coldPart("main", "cpuTopLevel") + coldPart("main", "cpuOnload");
console.log(`  in CPU time: compiling ${coldPart("main", "cpuCompile").toFixed(2)} ms (spread ${coldSpread("main", "cpuCompile")}, ${(cpuPerKb * 1000).toFixed(1)} µs per KB), top-level code ${coldPart("main", "cpuTopLevel").toFixed(2)} ms (spread ${coldSpread("main", "cpuTopLevel")}), plugin and onload ${coldPart("main", "cpuOnload").toFixed(2)} ms (spread ${coldSpread("main", "cpuOnload")}); a plugin that registers nothing ${coldPart("bare", "cpu").toFixed(2)} ms; ${COLD_GOAL_MS} ms needs main.js ≤ ${Math.max(0, (COLD_GOAL_MS - cpuRest) / cpuPerKb).toFixed(0)} KB at this rate`);
console.log(`  a cold start of ${COLD_GOAL_MS} ms needs main.js ≤ ${sizeFor(rest).toFixed(0)} KB with today's top-level code and onload, ≤ ${sizeFor(bareRest).toFixed(0)} KB if they cost no more than a plugin that registers nothing`);

/** Captures the VaultIndex the plugin builds, so the bench can await the build it starts. */
const built = [];
const load = VaultIndex.prototype.load;
VaultIndex.prototype.load = function captureThenLoad() {
  built.push(this);
  return load.call(this);
};

/** Reads every note and indexes nothing: the same host code (VaultIndex) with an indexer that wants all and keeps none. */
const readEverything = { wants: () => true, update() {}, remove() {} };

/** The 100 profile pages, which the plugin must parse whatever it does (the picker lists them by name): the build's floor beside reading. */
const profileTexts = notes.filter(([path]) => path.startsWith("Profiles/")).map(([, text]) => text);
/** Parses every profile page once; returns the thread's busy time (it never yields), as `timeBuild` counts it, and the CPU time. */
function timeParse() {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const text of profileTexts) parseProfile(text);
  const cpu = process.cpuUsage(cpuBefore);
  return { busy: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

const index = { plugin: [], readAll: [], parse: [] };
/** Round 0 warms the code of both builds (as a second build in one session would find it) and is not counted. */
for (let round = 0; round <= BUILD_ROUNDS; round++) {
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
  index.parse.push(timeParse());
  if (round === 0) for (const runs of Object.values(index)) runs.pop();
}
VaultIndex.prototype.load = load;
const buildWall = median(index.plugin.map((run) => run.wall));
const readAllWall = median(index.readAll.map((run) => run.wall));
const buildBusy = median(index.plugin.map((run) => run.busy));
const readAllBusy = median(index.readAll.map((run) => run.busy));
const buildRatio = median(index.plugin.map((run, i) => run.busy / index.readAll[i].busy));
const buildLongest = median(index.plugin.map((run) => run.longest));
const readAllLongest = median(index.readAll.map((run) => run.longest));
console.log(`index build after layout ready: thread busy ${buildBusy.toFixed(1)} ms (${buildWall.toFixed(0)} ms wall, yielding every batch), against busy ${readAllBusy.toFixed(1)} ms (${readAllWall.toFixed(0)} ms wall) to read every note and index none; ${buildRatio.toFixed(2)}× (the median of each round's ratio), medians of ${BUILD_ROUNDS} after one warm-up round`);
const buildCpu = median(index.plugin.map((run) => run.cpu));
const readAllCpu = median(index.readAll.map((run) => run.cpu));
console.log(`  CPU time: ${buildCpu.toFixed(1)} ms against ${readAllCpu.toFixed(1)} ms, ${(buildCpu / readAllCpu).toFixed(2)}× (spread of the busy ratio over the rounds: ${spread(index.plugin.map((run, i) => run.busy / index.readAll[i].busy))}×)`);
console.log(`  longest the app had to wait (event-loop delay): ${buildLongest.toFixed(1)} ms (reading only: ${readAllLongest.toFixed(1)} ms; goal < 16 ms, one frame)`);
const parseBusy = median(index.parse.map((run) => run.busy));
const floorRatios = index.readAll.map((run, i) => (run.busy + index.parse[i].busy) / run.busy);
const cpuRatios = index.plugin.map((run, i) => run.cpu / index.readAll[i].cpu);
const cpuFloorRatios = index.readAll.map((run, i) => (run.cpu + index.parse[i].cpu) / run.cpu);
console.log(`  of which parsing the ${PROFILES} profile pages alone: ${parseBusy.toFixed(1)} ms (spread ${spread(index.parse.map((run) => run.busy))}); reading every note and parsing those, the build's floor: ${median(floorRatios).toFixed(2)}× (spread ${spread(floorRatios)}×)`);
console.log(`  in CPU time: the build ${median(cpuRatios).toFixed(2)}× (spread ${spread(cpuRatios)}×), its floor ${median(cpuFloorRatios).toFixed(2)}× (spread ${spread(cpuFloorRatios)}×), medians of each round's ratio`);

report([
  { name: `load main.js + onload, ${NOTES}-note vault`, value: onloadBig, unit: "ms", baseline: "the same, empty vault", baselineValue: onloadEmpty, ratio: onloadBig / onloadEmpty, goal: "≤ 1.5× (vault size does not matter)" },
  { name: `load main.js + onload, ${NOTES}-note vault, warm`, value: onloadBig, unit: "ms", baseline: "a plugin that registers nothing", baselineValue: onloadBare, ratio: onloadBig / onloadBare, goal: "—" },
  { name: `load main.js + onload, ${NOTES}-note vault, cold`, value: coldMain, unit: "ms", baseline: "a plugin that registers nothing, cold", baselineValue: coldBare, ratio: coldMain / coldBare, goal: "≤ 5 ms in all" },
  { name: `cold start: V8 compiling main.js (${kilobytes.toFixed(0)} KB), its floor`, value: coldCompile, unit: "ms", baseline: "the whole cold start", baselineValue: coldMain, ratio: coldCompile / coldMain, goal: "— (grows with main.js)" },
  { name: `load main.js + onload, ${NOTES}-note vault, cold, in CPU time (compile ${coldPart("main", "cpuCompile").toFixed(2)} + top-level ${coldPart("main", "cpuTopLevel").toFixed(2)} + onload ${coldPart("main", "cpuOnload").toFixed(2)} ms)`, value: coldPart("main", "cpu"), unit: "ms", baseline: "a plugin that registers nothing, cold, in CPU time", baselineValue: coldPart("bare", "cpu"), ratio: coldPart("main", "cpu") / coldPart("bare", "cpu"), goal: `≤ ${COLD_GOAL_MS} ms: main.js ≤ ${Math.max(0, (COLD_GOAL_MS - cpuRest) / cpuPerKb).toFixed(0)} KB at ${(cpuPerKb * 1000).toFixed(1)} µs per KB` },
  { name: `cold start: its floor at this size (compile per KB × size + what a plugin that registers nothing costs)`, value: perKb * kilobytes + bareRest, unit: "ms", baseline: "the whole cold start", baselineValue: coldMain, ratio: (perKb * kilobytes + bareRest) / coldMain, goal: `main.js ≤ ${sizeFor(rest).toFixed(0)} KB for ${COLD_GOAL_MS} ms with today's onload` },
  { name: `index build after layout ready, ${NOTES} notes (busy time)`, value: buildBusy, unit: "ms", baseline: "read every note, index none", baselineValue: readAllBusy, ratio: buildRatio, goal: "≤ 1.25×" },
  { name: `index build: its floor, reading every note and parsing the ${PROFILES} profile pages`, value: median(index.readAll.map((run, i) => run.busy + index.parse[i].busy)), unit: "ms", baseline: "read every note, index none", baselineValue: readAllBusy, ratio: median(floorRatios), goal: "—" },
  { name: "index build: longest wait for the app (event-loop delay)", value: buildLongest, unit: "ms", baseline: "read every note, index none", baselineValue: readAllLongest, ratio: buildLongest / readAllLongest, goal: "< 16 ms (one frame)" },
]);
