// Bundles src/main.ts into main.js. `node esbuild.config.mjs production` builds once, minified; without it, watches.
// bench/size.bench.mjs imports RELEASE_OPTIONS to measure, module by module, what the release main.js holds.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { pathToFileURL } from "node:url";

/** Packages Obsidian provides at run time; they must never be bundled. */
export const OBSIDIAN_EXTERNALS = [
  "obsidian",
  "electron",
  "@codemirror/autocomplete",
  "@codemirror/collab",
  "@codemirror/commands",
  "@codemirror/language",
  "@codemirror/lint",
  "@codemirror/search",
  "@codemirror/state",
  "@codemirror/view",
  "@lezer/common",
  "@lezer/highlight",
  "@lezer/lr",
  ...builtinModules,
];

/** The options of the release build, minified; the watch build differs only in an inline source map and no minifying. */
export const RELEASE_OPTIONS = {
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: OBSIDIAN_EXTERNALS,
  format: "cjs",
  // The engines Obsidian runs in: desktop Electron (Chromium 120+), Android's WebView (Chromium), and iOS 15+ WebKit.
  // Named as engines rather than a year so that what Safari 15 has stays as written: native `#private` members (minified
  // to two letters, where TypeScript's `private` keeps its full name at every use), class fields, `??=`. What it lacks
  // (class static blocks, from Safari 16.4) is lowered.
  target: ["chrome100", "safari15", "ios15"],
  platform: "browser",
  // No text loader: the plugin's .md and .hbs assets ship packed (scripts/pack-text-assets.mjs), so importing one
  // unpacked is a build error rather than kilobytes of plain text.
  logLevel: "info",
  sourcemap: false,
  treeShaking: true,
  minify: true,
  legalComments: "none",
  // Non-ASCII text (curly quotes, ellipses, emoji) written as UTF-8 rather than \uXXXX escapes: a third of the bytes.
  charset: "utf8",
  outfile: "main.js",
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const production = process.argv[2] === "production";
  const context = await esbuild.context(production ? RELEASE_OPTIONS : { ...RELEASE_OPTIONS, sourcemap: "inline", minify: false });
  if (production) {
    await context.rebuild();
    await context.dispose();
  } else {
    await context.watch();
  }
}
