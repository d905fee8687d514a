// Every core entry point on every hostile pattern (test/support/hostile-inputs.ts) at 100 KB and at 1 MB, measured in
// one run, in CPU time (steady on a busy machine, where wall time is not): linear code takes about 10× as long for 10× the text (goal ≤ 12×); a quadratic path would take 100×.
import { spawnSync } from "node:child_process";
import { importTs, median, report } from "./support.mjs";

/**
 * V8's young generation, fixed at 64 MB per semi-space, large enough to hold what reading a 1 MB note keeps alive (its
 * lines, their offsets, the sections read from them). With the default (at most 16 MB), the lines of a 1 MB note of
 * short lines outlive their first collections and are copied into the old generation while a 100 KB note's die young,
 * so every byte of the larger note costs up to twice as much: a step the cost per KB takes once, not a growth with the
 * text (`node --expose-gc bench/hostile-scale.mjs` shows it flat from 1 MB to 4 MB under this young generation). A
 * quadratic path costs the same either way.
 */
const YOUNG_GENERATION = ["--min-semi-space-size=64", "--max-semi-space-size=64"];
if (!YOUNG_GENERATION.every((flag) => process.execArgv.includes(flag))) {
  const child = spawnSync(process.execPath, ["--expose-gc", ...YOUNG_GENERATION, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { ENTRY_POINTS, HOSTILE_PATTERNS } = await importTs("test/support/hostile-inputs.ts");
// `node bench/hostile.bench.mjs [entry point…]` times only those (`npm run bench` times them all).
const wanted = process.argv.slice(2);
const entries = ENTRY_POINTS.filter((entry) => wanted.length === 0 || wanted.includes(entry.name));
const SMALL = 100_000;
const LARGE = 1_000_000;
/** A sample lasts at least this long (CPU time) where eight 1 MB notes allow it: shorter ones are mostly timer noise. */
const SAMPLE_MS = 10;
const MAX_LARGE_NOTES = 8;

/** Milliseconds of CPU time `work` takes. */
function cpuMs(work) {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Milliseconds of CPU time per note to read every note of `notes` once, after a full garbage collection, and the
 * page faults per note (memory the kernel hands over fresh). A major collection, not a bare `gc()`: that one also
 * reduces memory, which drops the optimised code of every function, so that the one call of a 1 MB sample ran cold
 * while nine of the ten 100 KB calls ran warm, inflating the ratio.
 */
function sample(run, notes) {
  globalThis.gc?.({ type: "major" });
  const faults = process.resourceUsage().minorPageFault;
  const ms = cpuMs(() => {
    for (const note of notes) run(note);
  });
  return { ms: ms / notes.length, faults: (process.resourceUsage().minorPageFault - faults) / notes.length };
}

/**
 * Times `run` on both sizes of `pattern` in nine interleaved pairs of samples (so that both meet the same load on a
 * shared machine) after a warm-up; gives the median time of each size and the median of the pairs' ratios. A sample
 * is k notes of 1 MB or ten times as many of 100 KB, each note its own string, so that both sizes read the same
 * amount of text per sample, from memory as cold, and pay their share of garbage collection (ten calls on one 100 KB
 * text would read it from a warm cache). k is as many as make a 1 MB sample last SAMPLE_MS: an entry point that takes
 * 0.05 ms on 100 KB would otherwise be timed over half a millisecond, where noise alone gives ratios from 5× to 70×.
 */
function timePair(run, pattern) {
  const probe = pattern.note(LARGE);
  run(probe);
  const notesPerSample = Math.min(MAX_LARGE_NOTES, Math.max(1, Math.ceil(SAMPLE_MS / Math.max(cpuMs(() => run(probe)), 0.01))));
  const small = Array.from({ length: (notesPerSample * LARGE) / SMALL }, () => pattern.note(SMALL));
  const large = Array.from({ length: notesPerSample }, () => pattern.note(LARGE));
  for (const note of [...small, ...large]) run(note);
  const smalls = [];
  const larges = [];
  const ratios = [];
  for (let pair = 0; pair < 9; pair++) {
    smalls.push(sample(run, small));
    larges.push(sample(run, large));
    ratios.push(larges[pair].ms / Math.max(smalls[pair].ms, 0.001));
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const faultsPerMb = (samples, notesPerMb) => Math.round(median(samples.map((each) => each.faults)) * notesPerMb);
  return {
    smallMs: median(smalls.map((each) => each.ms)),
    largeMs: median(larges.map((each) => each.ms)),
    ratio: median(ratios),
    spread: `${sorted[2].toFixed(1)}–${sorted[6].toFixed(1)}`,
    notesPerSample,
    faults: `${faultsPerMb(smalls, LARGE / SMALL)} → ${faultsPerMb(larges, 1)}`,
  };
}

/**
 * The floors, timed on the same notes in the same kind of samples: a bare split (reading the text), and a split and
 * join (reading it and writing it once more). A string or array over 128 KB lives in pages V8 maps fresh from the
 * kernel for it and unmaps when it dies, which none of a 100 KB note's needs: the copy shows how much that step alone
 * adds from 100 KB to 1 MB (the page faults per MB of text say the same). An entry point that builds such strings
 * may grow as much as the copy and still be linear; a quadratic path grows 100×, far above either floor.
 */
const floors = HOSTILE_PATTERNS.map((pattern) => ({
  split: timePair((text) => text.split("\n"), pattern).ratio,
  copy: timePair((text) => text.split("\n").join("\n"), pattern).ratio,
}));
const results = [];
const aboveCopy = [];
for (const entry of entries) {
  let worst = null;
  HOSTILE_PATTERNS.forEach((pattern, p) => {
    const { smallMs, largeMs, ratio, spread, notesPerSample, faults } = timePair(entry.run, pattern);
    const floor = floors[p];
    console.log(
      `${entry.name} · ${pattern.name}: 100 KB ${smallMs.toFixed(2)} ms, 1 MB ${largeMs.toFixed(2)} ms (${ratio.toFixed(1)}×, pairs ${spread}; split ${floor.split.toFixed(1)}×, copy ${floor.copy.toFixed(1)}×; ${notesPerSample} MB a sample, page faults per MB ${faults})`,
    );
    if (ratio > 12 && ratio > floor.copy) aboveCopy.push(`${entry.name} on "${pattern.name}" (${ratio.toFixed(1)}×, copy ${floor.copy.toFixed(1)}×)`);
    if (worst === null || ratio > worst.ratio) worst = { pattern: pattern.name, smallMs, largeMs, ratio, ...floor };
  });
  if (worst.ratio > 12) console.log(`  ${entry.name} is above 12× on "${worst.pattern}", where text.split("\\n") grows ${worst.split.toFixed(1)}× and a copy of the text ${worst.copy.toFixed(1)}× in this run`);
  results.push({
    name: `${entry.name}, worst hostile pattern (${worst.pattern}), 100 KB → 1 MB`,
    value: worst.largeMs,
    unit: "ms",
    baseline: `the same at 100 KB (in this run text.split("\\n") of it grows ${worst.split.toFixed(1)}×, a copy of it ${worst.copy.toFixed(1)}×)`,
    baselineValue: worst.smallMs,
    ratio: worst.ratio,
    goal: "≤ 12× (linear)",
  });
}
console.log(`for reference, from 100 KB to 1 MB of the same patterns in this run, text.split("\\n") grows at worst ${Math.max(...floors.map((floor) => floor.split)).toFixed(1)}×, a copy of the text ${Math.max(...floors.map((floor) => floor.copy)).toFixed(1)}×`);
const failing = results.filter((result) => result.ratio > 12);
console.log(failing.length === 0 ? "every entry point grows linearly on every hostile pattern" : `above 12×: ${failing.map((result) => result.name).join("; ")}`);
console.log(aboveCopy.length === 0 ? "none grows faster than a copy of its text" : `above 12× and faster than a copy of the text: ${aboveCopy.join("; ")}`);
report(results);
