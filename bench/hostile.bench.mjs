// Every core entry point on every hostile pattern (test/support/hostile-inputs.ts) at 100 KB and at 1 MB, measured in
// one run, in CPU time (steady on a busy machine, where wall time is not): linear code takes about 10× as long for 10× the text (goal ≤ 12×); a quadratic path would take 100×.
import { importTs, median, report } from "./support.mjs";

const { ENTRY_POINTS, HOSTILE_PATTERNS } = await importTs("test/support/hostile-inputs.ts");
const SMALL = 100_000;
const LARGE = 1_000_000;

/**
 * Milliseconds of CPU time per call: the median of seven samples, each after a full garbage collection and each of
 * `calls` calls. The 100 KB note runs ten calls a sample to the 1 MB note's one, so that both sizes read the same
 * amount of text per sample and pay their share of garbage collection: one 100 KB call alone fits in V8's young
 * generation and never meets a collection, which would make any allocation look superlinear.
 */
function time(fn, calls) {
  fn();
  const samples = [];
  for (let sample = 0; sample < 7; sample++) {
    globalThis.gc?.();
    const start = process.cpuUsage();
    for (let call = 0; call < calls; call++) fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000 / calls);
  }
  return median(samples);
}

const results = [];
for (const entry of ENTRY_POINTS) {
  let worst = null;
  for (const pattern of HOSTILE_PATTERNS) {
    const small = pattern.note(SMALL);
    const large = pattern.note(LARGE);
    const smallMs = time(() => entry.run(small), LARGE / SMALL);
    const largeMs = time(() => entry.run(large), 1);
    const ratio = largeMs / Math.max(smallMs, 0.05);
    console.log(`${entry.name} · ${pattern.name}: 100 KB ${smallMs.toFixed(2)} ms, 1 MB ${largeMs.toFixed(2)} ms (${ratio.toFixed(1)}×)`);
    if (worst === null || ratio > worst.ratio) worst = { pattern: pattern.name, smallMs, largeMs, ratio };
  }
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
let splitWorst = 0;
for (const pattern of HOSTILE_PATTERNS) {
  const small = pattern.note(SMALL);
  const large = pattern.note(LARGE);
  splitWorst = Math.max(splitWorst, time(() => large.split("\n"), 1) / Math.max(time(() => small.split("\n"), LARGE / SMALL), 0.001));
}
console.log(`for reference, text.split("\\n") of the same patterns grows at worst ${splitWorst.toFixed(1)}× from 100 KB to 1 MB in this run`);
const failing = results.filter((result) => result.ratio > 12);
console.log(failing.length === 0 ? "every entry point grows linearly on every hostile pattern" : `above 12×: ${failing.map((result) => result.name).join("; ")}`);
report(results);
