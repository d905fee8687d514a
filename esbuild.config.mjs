// Bundles src/main.ts into main.js. `node esbuild.config.mjs production` builds once, minified; without it, watches.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

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

const context = await esbuild.context({
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: OBSIDIAN_EXTERNALS,
  format: "cjs",
  // ES2021 runs unlowered everywhere Obsidian does: desktop Electron (Chromium 120+), Android's WebView, and iOS 15+
  // WebKit (Safari 15 lacks ES2022's class static blocks, which a 2022 target would leave as written). Below 2021,
  // `??=` and `||=` are spelled out at every use.
  target: "es2021",
  platform: "browser",
  loader: { ".hbs": "text", ".md": "text" },
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  legalComments: "none",
  // Non-ASCII text (curly quotes, ellipses, emoji) written as UTF-8 rather than \uXXXX escapes: a third of the bytes.
  charset: "utf8",
  outfile: "main.js",
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
