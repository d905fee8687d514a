// What main.js holds: the release build's size against issue 14's goal (esbuild, then terser, as `npm run build` makes
// it), the folders and files that take the most of esbuild's bundle before terser (its metafile, with the release
// options), and what unpacking the packed text assets costs.
import { build } from "esbuild";
import { performance } from "node:perf_hooks";
import { RELEASE_OPTIONS, releaseBundleText } from "../esbuild.config.mjs";
import { compare, importTs, report } from "./support.mjs";

const GOAL_KIB = 140;
const TOP_FOLDERS = 12;
const TOP_FILES = 8;

const built = await build({ ...RELEASE_OPTIONS, metafile: true, write: false, logLevel: "error" });
const bundledBytes = built.outputFiles[0].contents.length;
const bytes = Buffer.byteLength(await releaseBundleText());
const [output] = Object.values(built.metafile.outputs);
const kib = (n) => n / 1024;

/** A module's folder two levels under src/ (src/core/templates), or the file itself when it sits higher. */
const folderOf = (path) => path.split("/").slice(0, 3).join("/");
const folders = new Map();
const files = [];
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  files.push([path, bytesInOutput]);
  folders.set(folderOf(path), (folders.get(folderOf(path)) ?? 0) + bytesInOutput);
}
const biggest = (entries, count) => [...entries].sort((a, b) => b[1] - a[1]).slice(0, count);

/** The bundled library as bundledProfiles reads it: unpacked on first use, then parsed; both timed side by side. */
const library = {
  ...(await importTs("src/core/library/packed-text.ts")),
  ...(await importTs("src/core/library/packed-library.ts")),
  ...(await importTs("src/core/profile/parse.ts")),
};
const unpackStart = performance.now();
const pages = [...library.unpackFiles(library.PACKED_LIBRARY)].filter(([path]) => path.startsWith("library/profiles/")).map(([, page]) => page);
const firstUnpack = performance.now() - unpackStart;
const parseStart = performance.now();
pages.map((page) => library.parseProfile(page));
const firstParse = performance.now() - parseStart;
const times = compare({
  unpack: () => library.unpackFiles(library.PACKED_LIBRARY),
  parse: () => pages.map((page) => library.parseProfile(page)),
}, 7);

console.log(`main.js: ${bytes} bytes (${kib(bytes).toFixed(1)} KiB); goal ${GOAL_KIB} KiB; esbuild's bundle before terser ${bundledBytes} bytes, by folder:`);
for (const [folder, size] of biggest(folders, TOP_FOLDERS)) console.log(`  ${kib(size).toFixed(1).padStart(5)} KiB  ${folder}`);
console.log(`packed library: first unpack ${firstUnpack.toFixed(2)} ms (first parse ${firstParse.toFixed(2)} ms), then ${(times.unpack / 1000).toFixed(3)} ms (parse ${(times.parse / 1000).toFixed(3)} ms)`);

report([
  { name: "main.js, minified", value: kib(bytes), unit: "KiB", baseline: "issue 14's goal", baselineValue: GOAL_KIB, ratio: bytes / 1024 / GOAL_KIB, goal: `≤ ${GOAL_KIB} KiB (≤ 1×)` },
  { name: "main.js, what terser takes off esbuild's bundle", value: kib(bundledBytes - bytes), unit: "KiB", baseline: "esbuild's bundle before terser", baselineValue: kib(bundledBytes), ratio: (bundledBytes - bytes) / bundledBytes, goal: "—" },
  ...biggest(folders, TOP_FOLDERS).map(([folder, size]) => ({ name: `main.js holds ${folder}`, value: kib(size), unit: "KiB", baseline: "esbuild's bundle before terser", baselineValue: kib(bundledBytes), ratio: size / bundledBytes, goal: "—" })),
  ...biggest(files, TOP_FILES).map(([file, size]) => ({ name: `main.js holds ${file}`, value: kib(size), unit: "KiB", baseline: "esbuild's bundle before terser", baselineValue: kib(bundledBytes), ratio: size / bundledBytes, goal: "—" })),
  { name: "unpack the bundled library (templates, profile pages, tool notes), first call (cold code, as on the first picker; kept after)", value: firstUnpack, unit: "ms", baseline: "first parse of the pages, also cold", baselineValue: firstParse, ratio: firstUnpack / firstParse, goal: "< 16 ms, off the onload path" },
  { name: "unpack the bundled library, warm", value: times.unpack / 1000, unit: "ms", baseline: "parsing the unpacked pages", baselineValue: times.parse / 1000, ratio: times.unpack / times.parse, goal: "—" },
]);
