// Builds the Logseq plugin folder dist/logseq/: index.html, index.js (the SDK bundled in), index.css, icon.svg, package.json.
// `node scripts/build-logseq.mjs` builds once, minified; with `--zip`, it also writes dist/inncopilot-logseq-<version>.zip.
import esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "logseq");
const source = join(root, "src", "logseq");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(source, "main.ts")],
  bundle: true,
  format: "iife",
  // The Logseq desktop app's engine: Electron 20 (Chromium 104) already at 0.8.18 (resources/package.json of
  // logseq/logseq), newer on the 0.10.x line. Named as an engine so that native `#private` members stay as written.
  target: ["chrome104"],
  platform: "browser",
  loader: { ".hbs": "text", ".md": "text" },
  minify: true,
  legalComments: "none",
  treeShaking: true,
  outfile: join(out, "index.js"),
  logLevel: "warning",
});
copyFileSync(join(source, "index.html"), join(out, "index.html"));
// The panel draws the Obsidian sidebar's elements: its stylesheet first, then the frame's variables and rules.
writeFileSync(join(out, "index.css"), `${readFileSync(join(root, "styles.css"), "utf8")}\n${readFileSync(join(source, "frame.css"), "utf8")}`);
copyFileSync(join(source, "icon.svg"), join(out, "icon.svg"));
const manifest = {
  name: "inncopilot",
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  main: "index.html",
  logseq: { id: "inncopilot", title: "innCoPilot", icon: "./icon.svg", main: "index.html", supportsDB: false },
};
writeFileSync(join(out, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
if (process.argv.includes("--zip")) {
  const zip = join(root, "dist", `inncopilot-logseq-${pkg.version}.zip`);
  rmSync(zip, { force: true });
  execFileSync("zip", ["-qr", zip, "logseq"], { cwd: join(root, "dist") });
  console.log(`wrote ${zip}`);
}
console.log(`wrote ${out}`);
