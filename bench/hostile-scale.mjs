// `node bench/hostile-scale.mjs ["pattern name" [entry point…]]`: one hostile pattern (by default the fences one) at
// 100 KB to 4 MB, each entry point's median time per KB beside text.split("\n")'s in the same process, no forced
// garbage collection. A quadratic path shows as a cost per KB that keeps growing; a linear one stays flat, or grows
// no faster than split's own (the memory system's share). Not part of `npm run bench`: it prints, it records nothing.
import { importTs, median } from "./support.mjs";

const { ENTRY_POINTS, HOSTILE_PATTERNS } = await importTs("test/support/hostile-inputs.ts");
const SIZES_KB = [100, 250, 500, 1000, 2000, 4000];
const ROUNDS = 7;
const patternName = process.argv[2] ?? "fences of growing length";
const pattern = HOSTILE_PATTERNS.find((each) => each.name === patternName);
if (pattern === undefined) throw new Error(`no hostile pattern named "${patternName}"; the patterns: ${HOSTILE_PATTERNS.map((each) => each.name).join("; ")}`);
const wanted = process.argv.slice(3);
const entries = ENTRY_POINTS.filter((each) => wanted.length === 0 || wanted.includes(each.name));

/** Median milliseconds of `ROUNDS` calls of `fn`. */
function medianMs(fn) {
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

console.log(`${pattern.name}: median µs per KB of ${ROUNDS} calls, then text.split("\\n")'s in brackets`);
for (const entry of entries) {
  const cells = SIZES_KB.map((kb) => {
    const note = pattern.note(kb * 1024);
    const ms = medianMs(() => entry.run(note));
    const splitMs = medianMs(() => note.split("\n"));
    return `${kb} KB ${((ms / kb) * 1000).toFixed(1)} (${((splitMs / kb) * 1000).toFixed(1)})`;
  });
  console.log(`${entry.name}: ${cells.join(" · ")}`);
}
