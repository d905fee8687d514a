// Plugin start-up in a 10,000-note vault: loading main.js and running onload (before the layout is ready), then the
// index build after layout ready, each beside a baseline measured in the same run. main.js is built as for a release
// and evaluated afresh each time, its `obsidian` being the fake module (test/fakes), with a bench-only metadata cache
// that, like Obsidian's, holds every note's metadata in memory before the plugin starts.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { median, report } from "./support.mjs";

const NOTES = 10_000;
const PROFILES = 100;
const TOOLS = 100;
const ONLOAD_RUNS = 200;
const COLD_RUNS = 15;
const BUILD_ROUNDS = 5;

globalThis.window ??= globalThis;

/** main.js exactly as `npm run build` makes it (the production esbuild config: CommonJS, minified, Obsidian's packages external). */
function releaseBundle() {
  const built = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the production build failed:\n${built.stderr}`);
  return readFileSync("main.js", "utf8");
}

const nodeRequire = createRequire(import.meta.url);

/** The packages a bundle takes from its host (@codemirror/…), loaded before any plugin as Obsidian loads them. */
const hostPackages = new Map();

/** Loads the host packages `code` requires, so that its `require` is only a look-up, as Obsidian's is for a plugin. */
function preloadHostPackages(code) {
  for (const [, name] of code.matchAll(/require\("([^"]+)"\)/g)) if (name !== "obsidian" && !hostPackages.has(name)) hostPackages.set(name, nodeRequire(name));
}

/** Compiles a CommonJS plugin bundle as Obsidian does (one function around its text); V8 parses it here. */
function compile(code) {
  return new Function("module", "exports", "require", code);
}

/** Runs a compiled bundle's top-level code, `obsidian` being the fakes; returns its plugin class. */
function run(compiled, fakes) {
  const module = { exports: {} };
  const require = (name) => (name === "obsidian" ? fakes : hostPackages.get(name));
  compiled(module, module.exports, require);
  return module.exports.default ?? module.exports;
}

/**
 * The fakes re-export their feature files at the end of test/fakes/obsidian.ts, and those extend its classes: an order
 * that holds in CommonJS as TypeScript emits it (jest runs them so) but not in an ES module bundle, where imports run
 * first. So the bench bundles the fakes as TypeScript's CommonJS, each file transpiled on its own.
 */
const fakesAsCommonJs = {
  name: "fakes-as-commonjs",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]test[\\/]fakes[\\/][^\\/]+\.ts$/ }, (args) => {
      const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 };
      const { outputText } = ts.transpileModule(readFileSync(args.path, "utf8"), { compilerOptions: options, fileName: args.path });
      return { contents: outputText, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

/** The plugin, the VaultIndex class it uses and the fakes, from one bundle so that they share module instances. */
async function loadPlugin() {
  const dir = mkdtempSync(join(tmpdir(), "inncopilot-bench-onload-"));
  const outfile = join(dir, "onload.mjs");
  await build({
    stdin: {
      contents: [
        'export { default as InnCoPilotPlugin } from "./src/main";',
        'export { VaultIndex } from "./src/obsidian/vault-index";',
        'export * as fakes from "obsidian";',
      ].join("\n"),
      resolveDir: process.cwd(),
      loader: "ts",
    },
    alias: { obsidian: "./bench/fakes/obsidian-host.ts" },
    plugins: [fakesAsCommonJs],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    loader: { ".hbs": "text", ".md": "text" },
    logLevel: "error",
  });
  const module = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return module;
}

/** 10,000 notes: profile pages (the seed, renamed), tool notes, and ordinary notes that link to both. */
function generateNotes() {
  const seed = readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8");
  const notes = [];
  for (let i = 0; i < PROFILES; i++) notes.push([`Profiles/Profile ${i}.md`, seed.replaceAll("Sales strategy", `Profile ${i}`)]);
  for (let i = 0; i < TOOLS; i++) {
    notes.push([`Tools/Tool ${i}.md`, `---\ntype: tool\nsummary: "What tool ${i} is for, in one sentence."\n---\n# Tool ${i}\n\n## Definition\nTool ${i} helps a team decide.\n`]);
  }
  for (let i = notes.length; i < NOTES; i++) {
    const body = Array.from({ length: 12 }, (_, k) => `Paragraph ${k} of note ${i}, about [[Profile ${(i + k) % PROFILES}]] and [[Tool ${(i * k) % TOOLS}]], with #tag${k % 7}.`);
    notes.push([`Notes/${i % 50}/Note ${i}.md`, `---\ntype: venture\n---\n# Note ${i}\n\n${body.join("\n\n")}\n`]);
  }
  return notes;
}

/** A fake app holding `notes`; each note's metadata is parsed once up front and then served from memory, as Obsidian does. */
function appWith(fakes, notes) {
  const app = new fakes.App();
  for (const [path, text] of notes) app.vault.seed(path, text);
  const cache = new Map();
  const parse = app.metadataCache.getFileCache.bind(app.metadataCache);
  for (const file of app.vault.getMarkdownFiles()) cache.set(file.path, parse(file));
  app.metadataCache.getFileCache = (file) => cache.get(file.path) ?? null;
  return app;
}

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
 * and the longest the event loop was kept from running (its delay histogram, to within a millisecond).
 */
async function timeBuild(start, done) {
  const delays = monitorEventLoopDelay({ resolution: 1 });
  delays.enable();
  const before = performance.eventLoopUtilization();
  const started = performance.now();
  start();
  await done();
  const wall = performance.now() - started;
  const { active } = performance.eventLoopUtilization(before);
  delays.disable();
  return { wall, busy: active, longest: delays.max / 1e6 };
}

if (process.argv[2] === "--cold") await coldRun(process.argv[3]);

/** Child process: times one cold load of the bundle at `file` in a 10,000-note vault, prints `COLD <total> <evaluation> <cpu> <compile>` (ms) and exits. */
async function coldRun(file) {
  const { fakes } = await loadPlugin();
  const app = appWith(fakes, generateNotes());
  const code = readFileSync(file, "utf8");
  preloadHostPackages(code);
  const { total, evaluation, compile, cpu } = await timeLoadParts(code, fakes, app);
  console.log(`COLD ${total} ${evaluation} ${cpu} ${compile}`);
  process.exit(0);
}

const { InnCoPilotPlugin, VaultIndex, fakes } = await loadPlugin();
const notes = generateNotes();
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
const spread = (which, part) => {
  const values = cold[which].map((run) => run[part]);
  return `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
};
const coldMain = coldPart("main", "total");
const coldBare = coldPart("bare", "total");
const coldCompile = coldPart("main", "compile");
const kilobytes = Buffer.byteLength(mainJs) / 1024;
console.log(`cold start-up (a fresh process each time), ${NOTES}-note vault: ${coldMain.toFixed(2)} ms to load main.js and run onload (spread ${spread("main", "total")}); ${coldBare.toFixed(2)} ms for a plugin that registers nothing (medians of ${COLD_RUNS})`);
console.log(`  V8 compiling main.js (${kilobytes.toFixed(0)} KB, ${(kilobytes / coldCompile).toFixed(0)} KB/ms): ${coldCompile.toFixed(2)} ms (spread ${spread("main", "compile")}); its top-level code: ${coldPart("main", "topLevel").toFixed(2)} ms (spread ${spread("main", "topLevel")}); constructing the plugin and onload: ${coldPart("main", "onload").toFixed(2)} ms (spread ${spread("main", "onload")}); CPU time in all ${coldPart("main", "cpu").toFixed(2)} ms (spread ${spread("main", "cpu")})`);

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
console.log(`  longest the app had to wait (event-loop delay): ${buildLongest.toFixed(1)} ms (reading only: ${readAllLongest.toFixed(1)} ms; goal < 16 ms, one frame)`);

report([
  { name: `load main.js + onload, ${NOTES}-note vault`, value: onloadBig, unit: "ms", baseline: "the same, empty vault", baselineValue: onloadEmpty, ratio: onloadBig / onloadEmpty, goal: "≤ 1.5× (vault size does not matter)" },
  { name: `load main.js + onload, ${NOTES}-note vault, warm`, value: onloadBig, unit: "ms", baseline: "a plugin that registers nothing", baselineValue: onloadBare, ratio: onloadBig / onloadBare, goal: "—" },
  { name: `load main.js + onload, ${NOTES}-note vault, cold`, value: coldMain, unit: "ms", baseline: "a plugin that registers nothing, cold", baselineValue: coldBare, ratio: coldMain / coldBare, goal: "≤ 5 ms in all" },
  { name: `cold start: V8 compiling main.js (${kilobytes.toFixed(0)} KB), its floor`, value: coldCompile, unit: "ms", baseline: "the whole cold start", baselineValue: coldMain, ratio: coldCompile / coldMain, goal: "— (grows with main.js)" },
  { name: `index build after layout ready, ${NOTES} notes (busy time)`, value: buildBusy, unit: "ms", baseline: "read every note, index none", baselineValue: readAllBusy, ratio: buildBusy / readAllBusy, goal: "—" },
  { name: "index build: longest wait for the app (event-loop delay)", value: buildLongest, unit: "ms", baseline: "read every note, index none", baselineValue: readAllLongest, ratio: buildLongest / readAllLongest, goal: "< 16 ms (one frame)" },
]);
