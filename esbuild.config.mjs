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

/**
 * Handlebars tries `require("source-map")` for debugging output and works without it;
 * resolving it to an empty module keeps 27 KB out of main.js and no stray require at run time.
 */
const withoutSourceMap = {
  name: "without-source-map",
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, () => ({ path: "source-map", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

const context = await esbuild.context({
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: OBSIDIAN_EXTERNALS,
  format: "cjs",
  target: "es2020",
  platform: "browser",
  loader: { ".hbs": "text", ".md": "text" },
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  legalComments: "none",
  plugins: [withoutSourceMap],
  outfile: "main.js",
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
