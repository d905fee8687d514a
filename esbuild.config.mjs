// Bundles src/main.ts into main.js. `node esbuild.config.mjs production` builds once, minified; without it, watches.
// bench/size.bench.mjs imports RELEASE_OPTIONS to measure, module by module, what the release main.js holds.
import esbuild from "esbuild";
import { writeFile } from "node:fs/promises";
import { minify } from "terser";
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

/**
 * Terser's compressor after esbuild, in the release build only. esbuild minifies each statement; terser also inlines
 * the functions and constants that are used once across the whole bundle (toplevel: main.js runs inside the function
 * Obsidian wraps a plugin in, so its top level is private to it), about 2.0 KB of main.js, and writes as arrows the
 * function expressions that read neither `this` nor `arguments` (`unsafe_arrows`), about 1.1 KB more. That option is
 * unsafe only for a function called with `new` or read for its `prototype`; our constructors are classes, and
 * test/release-bundle.test.ts runs the built file. No other `unsafe*` option, no `pure_getters`. esbuild's names are
 * kept (`mangle: false`): re-mangling them makes main.js larger, not smaller.
 */
export const TERSER_OPTIONS = {
  ecma: 2020,
  compress: { ecma: 2020, passes: 3, toplevel: true, hoist_funs: true, unsafe_arrows: true },
  mangle: false,
  format: { ecma: 2020, comments: false },
};

/** The release main.js as text: esbuild's minified bundle, then terser's compressor over it. */
export async function releaseBundleText() {
  const bundled = await esbuild.build({ ...RELEASE_OPTIONS, write: false, logLevel: "warning" });
  const { code } = await minify(bundled.outputFiles[0].text, TERSER_OPTIONS);
  if (code === undefined) throw new Error("terser returned no code");
  return code;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === "production") {
    const code = await releaseBundleText();
    await writeFile(RELEASE_OPTIONS.outfile, code);
    console.log(`${RELEASE_OPTIONS.outfile}: ${Buffer.byteLength(code)} bytes`);
  } else {
    const context = await esbuild.context({ ...RELEASE_OPTIONS, sourcemap: "inline", minify: false });
    await context.watch();
  }
}
