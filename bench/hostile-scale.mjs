// `node --expose-gc bench/hostile-scale.mjs ["pattern name" [entry point…]]`: one hostile pattern (by default the
// fences one) at 100 KB to 4 MB, each entry point's median CPU time per KB beside text.split("\n")'s, and the page
// faults per KB (fresh memory from the kernel), in samples of 4 MB of text each after a full collection. A quadratic
// path shows as a cost per KB that keeps growing; a linear one stays flat, or steps once where its strings and arrays
// pass 128 KB (V8 maps pages fresh for each: the faults step with it) or its lines outgrow the young generation
// (run with --min-semi-space-size=128 --max-semi-space-size=128 to see that step go up to 4 MB; the benchmark fixes 64,
// enough for 1 MB).
// Not part of `npm run bench`: it prints, it records nothing.
import { importTs, median } from "./support.mjs";

const { ENTRY_POINTS, HOSTILE_PATTERNS } = await importTs("test/support/hostile-inputs.ts");
const SIZES_KB = [100, 250, 500, 1000, 2000, 4000];
const SAMPLE_KB = 4000;
const ROUNDS = 5;
const patternName = process.argv[2] ?? "fences of growing length";
const pattern = HOSTILE_PATTERNS.find((each) => each.name === patternName);
if (pattern === undefined) throw new Error(`no hostile pattern named "${patternName}"; the patterns: ${HOSTILE_PATTERNS.map((each) => each.name).join("; ")}`);
const wanted = process.argv.slice(3);
const entries = [{ name: 'text.split("\\n")', run: (text) => text.split("\n") }, ...ENTRY_POINTS.filter((each) => wanted.length === 0 || wanted.includes(each.name))];

/** Median CPU µs and page faults per KB of `ROUNDS` samples, each reading every note once. */
function perKb(run, notes, kb) {
  for (const note of notes) run(note);
  const times = [];
  const faults = [];
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.({ type: "major" });
    const before = process.resourceUsage().minorPageFault;
    const start = process.cpuUsage();
    for (const note of notes) run(note);
    const used = process.cpuUsage(start);
    faults.push((process.resourceUsage().minorPageFault - before) / notes.length / kb);
    times.push((used.user + used.system) / notes.length / kb);
  }
  return `${median(times).toFixed(1)} µs (${median(faults).toFixed(2)})`;
}

console.log(`${pattern.name}: median CPU µs per KB of ${ROUNDS} samples of ${SAMPLE_KB / 1000} MB, page faults per KB in brackets`);
for (const entry of entries) {
  const cells = SIZES_KB.map((kb) => `${kb} KB ${perKb(entry.run, Array.from({ length: Math.ceil(SAMPLE_KB / kb) }, () => pattern.note(kb * 1000)), kb)}`);
  console.log(`${entry.name}: ${cells.join(" · ")}`);
}
