// Every core entry point on every hostile pattern (test/support/hostile-inputs.ts) at 100 KB and at 1 MB, measured in
// one run, in CPU time (steady on a busy machine, where wall time is not): linear code takes about 10× as long for 10× the text (goal ≤ 12×); a quadratic path would take 100×.
import { importTs, median, report } from "./support.mjs";

const { ENTRY_POINTS, HOSTILE_PATTERNS } = await importTs("test/support/hostile-inputs.ts");
const SMALL = 100_000;
const LARGE = 1_000_000;

/**
 * Milliseconds of CPU time per note to read every note of `notes` once, after a full garbage collection. A major
 * collection, not a bare `gc()`: that one also reduces memory, which drops the optimised code of every function, so
 * that the one call of a 1 MB sample ran cold while nine of the ten 100 KB calls ran warm, inflating the ratio.
 */
function sample(run, notes) {
  globalThis.gc?.({ type: "major" });
  const start = process.cpuUsage();
  for (const note of notes) run(note);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / notes.length;
}

/**
 * Times `run` on both sizes in nine interleaved pairs of samples (so that both meet the same load on a shared
 * machine) after a warm-up; gives the median time of each size and the median of the pairs' ratios. The 100 KB size
 * is ten notes to the 1 MB size's one, so that both read the same amount of text per sample, from memory as cold,
 * and pay their share of garbage collection: one 100 KB call alone fits in V8's young generation and never meets a
 * collection, and ten calls on one 100 KB text would read it from a warm cache; either makes a linear path look superlinear.
 */
function timePair(run, { small, large }) {
  for (const note of [...small, ...large]) run(note);
  const smalls = [];
  const larges = [];
  const ratios = [];
  for (let pair = 0; pair < 9; pair++) {
    smalls.push(sample(run, small));
    larges.push(sample(run, large));
    ratios.push(larges[pair] / Math.max(smalls[pair], 0.001));
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return { smallMs: median(smalls), largeMs: median(larges), ratio: median(ratios), spread: `${sorted[2].toFixed(1)}–${sorted[6].toFixed(1)}` };
}

/** Ten notes of about 100 KB (equal, but each its own string) and one of about 1 MB of the pattern. */
function notesOf(pattern) {
  return { small: Array.from({ length: LARGE / SMALL }, () => pattern.note(SMALL)), large: [pattern.note(LARGE)] };
}

// The floor: how a bare split of the same notes grows, in the same kind of samples; a ratio near it is as linear as reading the text.
const notes = HOSTILE_PATTERNS.map(notesOf);
const splitGrowth = notes.map((pair) => timePair((text) => text.split("\n"), pair));
const results = [];
for (const entry of ENTRY_POINTS) {
  let worst = null;
  HOSTILE_PATTERNS.forEach((pattern, p) => {
    const { smallMs, largeMs, ratio, spread } = timePair(entry.run, notes[p]);
    console.log(`${entry.name} · ${pattern.name}: 100 KB ${smallMs.toFixed(2)} ms, 1 MB ${largeMs.toFixed(2)} ms (${ratio.toFixed(1)}×, pairs ${spread}; split ${splitGrowth[p].ratio.toFixed(1)}×)`);
    if (worst === null || ratio > worst.ratio) worst = { pattern: pattern.name, smallMs, largeMs, ratio, split: splitGrowth[p].ratio };
  });
  if (worst.ratio > 12) console.log(`  ${entry.name} is above 12× on "${worst.pattern}", where text.split("\\n") grows ${worst.split.toFixed(1)}× in this run`);
  results.push({
    name: `${entry.name}, worst hostile pattern (${worst.pattern}), 100 KB → 1 MB`,
    value: worst.largeMs,
    unit: "ms",
    baseline: "the same at 100 KB",
    baselineValue: worst.smallMs,
    ratio: worst.ratio,
    goal: "≤ 12× (linear)",
  });
}
const splitWorst = Math.max(...splitGrowth.map((growth) => growth.ratio));
console.log(`for reference, text.split("\\n") of the same patterns grows at worst ${splitWorst.toFixed(1)}× from 100 KB to 1 MB in this run`);
const failing = results.filter((result) => result.ratio > 12);
console.log(failing.length === 0 ? "every entry point grows linearly on every hostile pattern" : `above 12×: ${failing.map((result) => result.name).join("; ")}`);
report(results);
