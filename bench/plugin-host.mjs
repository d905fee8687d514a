// The plugin as the benchmarks host it: main.js built for release and evaluated as Obsidian evaluates a plugin, or the
// sources bundled with the fake `obsidian` module (test/fakes); a generated vault; a fake app whose metadata cache,
// like Obsidian's, holds every note's metadata in memory before the plugin starts.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

globalThis.window ??= globalThis;

/** main.js exactly as `npm run build` makes it (the production esbuild config: CommonJS, minified, Obsidian's packages external). */
export function releaseBundle() {
  const built = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the production build failed:\n${built.stderr}`);
  return readFileSync("main.js", "utf8");
}

const nodeRequire = createRequire(import.meta.url);

/** The packages a bundle takes from its host (@codemirror/…), loaded before any plugin as Obsidian loads them. */
const hostPackages = new Map();

/** Loads the host packages `code` requires, so that its `require` is only a look-up, as Obsidian's is for a plugin. */
export function preloadHostPackages(code) {
  for (const [, name] of code.matchAll(/require\("([^"]+)"\)/g)) if (name !== "obsidian" && !hostPackages.has(name)) hostPackages.set(name, nodeRequire(name));
}

/** Compiles a CommonJS plugin bundle as Obsidian does (one function around its text); V8 parses it here. */
export function compile(code) {
  return new Function("module", "exports", "require", code);
}

/** Runs a compiled bundle's top-level code, `obsidian` being the fakes; returns its plugin class. */
export function run(compiled, fakes) {
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

/**
 * Runs once, through a throwaway plugin, each part of the host's API that main.js calls at start-up, so that a cold run
 * does not charge the plugin for the fake host's own first compilation: Obsidian's API is warm when a plugin loads,
 * the app and its core plugins having called it already, and its editors built with the same CodeMirror definitions.
 */
export async function warmHostApi(fakes, app) {
  const state = hostPackages.get("@codemirror/state");
  const view = hostPackages.get("@codemirror/view");
  if (state !== undefined && view !== undefined) {
    state.StateField.define({ create: () => state.RangeSet.empty, update: (value) => value });
    state.StateEffect.define({ map: (value) => value });
    view.ViewPlugin.define(() => ({ decorations: view.Decoration.none }), { decorations: (plugin) => plugin.decorations });
    view.EditorView.domEventObservers({ input: () => {} });
    new (class extends state.RangeValue {})();
  }
  const host = new fakes.Plugin(app, { id: "warm-up", name: "Warm up", version: "0.0.0", dir: ".obsidian/plugins/warm-up" });
  host.addCommand({ id: "warm-up", name: "Warm up", callback() {} });
  host.addSettingTab(new fakes.PluginSettingTab(app, host));
  host.registerView("warm-up", () => null);
  host.addRibbonIcon("dice", "Warm up", () => {});
  host.registerEditorExtension([]);
  host.registerMarkdownPostProcessor(() => {});
  host.registerHoverLinkSource("warm-up", { display: "Warm up", defaultMod: false });
  host.registerEvent(app.vault.on("delete", () => {}));
  host.register(() => {});
  app.workspace.onLayoutReady(() => {});
  await host.loadData();
  await app.vault.adapter.exists(".obsidian/plugins/warm-up/data.json");
  host.unload();
}

/** The plugin, the VaultIndex class it uses, parseProfile and the fakes, from one bundle so that they share module instances. */
export async function loadPlugin() {
  const dir = mkdtempSync(join(tmpdir(), "inncopilot-bench-onload-"));
  const outfile = join(dir, "onload.mjs");
  await build({
    stdin: {
      contents: [
        'export { default as InnCoPilotPlugin } from "./src/main";',
        'export { VaultIndex } from "./src/obsidian/vault-index";',
        'export * as fakes from "obsidian";',
        'export { parseProfile } from "./src/core/profile/parse";',
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

/** `count` notes: `profiles` profile pages (the seed, renamed), `tools` tool notes, and ordinary notes that link to both. */
export function generateNotes(count, profiles, tools) {
  const seed = readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8");
  const notes = [];
  for (let i = 0; i < profiles; i++) notes.push([`Profiles/Profile ${i}.md`, seed.replaceAll("Sales strategy", `Profile ${i}`)]);
  for (let i = 0; i < tools; i++) {
    notes.push([`Tools/Tool ${i}.md`, `---\ntype: tool\nsummary: "What tool ${i} is for, in one sentence."\n---\n# Tool ${i}\n\n## Definition\nTool ${i} helps a team decide.\n`]);
  }
  for (let i = notes.length; i < count; i++) {
    const body = Array.from({ length: 12 }, (_, k) => `Paragraph ${k} of note ${i}, about [[Profile ${(i + k) % profiles}]] and [[Tool ${(i * k) % tools}]], with #tag${k % 7}.`);
    notes.push([`Notes/${i % 50}/Note ${i}.md`, `---\ntype: venture\n---\n# Note ${i}\n\n${body.join("\n\n")}\n`]);
  }
  return notes;
}

/** A fake app holding `notes`; each note's metadata is parsed once up front and then served from memory, as Obsidian does. */
export function appWith(fakes, notes) {
  const app = new fakes.App();
  for (const [path, text] of notes) app.vault.seed(path, text);
  const cache = new Map();
  const parse = app.metadataCache.getFileCache.bind(app.metadataCache);
  for (const file of app.vault.getMarkdownFiles()) cache.set(file.path, parse(file));
  app.metadataCache.getFileCache = (file) => cache.get(file.path) ?? null;
  return app;
}
