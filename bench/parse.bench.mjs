// Parsing the seed profile, against markdown-it and a bare split of the same text, measured side by side in one run.
// Every time is CPU time of this process (steady on a shared machine, where wall time counts the waits for a core),
// taken in rounds that time each side in turn after the same warm-up; a figure is the median over the rounds and
// the spread printed beside it is the middle half of the rounds (first to third quartile).
import MarkdownIt from "markdown-it";
import { readFileSync } from "node:fs";
import { importTs, median, report } from "./support.mjs";

const core = {
  ...(await importTs("src/core/profile/parse.ts")),
  ...(await importTs("src/core/profile/render.ts")),
  ...(await importTs("src/core/templates/template-engine.ts")),
  ...(await importTs("src/core/library/profiles.ts")),
  ...(await importTs("src/core/note/note-model.ts")),
};
const seed = readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8");
const markdownIt = new MarkdownIt();

/**
 * A full collection before a timed sample, so that no side pays for the garbage of the one before. A bare `gc()`
 * also reduces memory, which drops every function's optimised code and makes the sample start cold; a major
 * collection keeps it. Without --expose-gc (a run outside bench/run.mjs), nothing.
 */
function collect() {
  globalThis.gc?.({ type: "major" });
}

/** CPU microseconds per call of `fn` over `calls` calls, after a collection. */
function cpuPerCall(fn, calls) {
  collect();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

/** The first and third quartiles of `values`, as "a–b". */
function spread(values, digits = 2) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return `${at(0.25).toFixed(digits)}–${at(0.75).toFixed(digits)}`;
}

/** Calls `fn` for about `ms` milliseconds of CPU time, the warm-up that gets the code optimised; gives its CPU microseconds per call. */
function warmUp(fn, ms) {
  const start = process.cpuUsage();
  let calls = 0;
  let used = 0;
  while (used < ms * 1000 || calls < 3) {
    fn();
    calls++;
    const now = process.cpuUsage(start);
    used = now.user + now.system;
  }
  return used / calls;
}

/**
 * Times each named function in `count` rounds, each in turn, after the same warm-up of every function (300 ms of
 * CPU time in calls); every sample is as many calls as the warm-up's pace says last about `budgetMs` of CPU time. Gives each function's
 * samples, in CPU microseconds per call.
 */
function rounds(fns, count, budgetMs) {
  const calls = Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, Math.max(1, Math.round((budgetMs * 1000) / warmUp(fn, 300)))]));
  const samples = Object.fromEntries(Object.keys(fns).map((name) => [name, []]));
  for (let round = 0; round < count; round++) {
    for (const [name, fn] of Object.entries(fns)) samples[name].push(cpuPerCall(fn, calls[name]));
  }
  return samples;
}

const SEED_ROUNDS = 31;
const seedSamples = rounds({ parseProfile: () => core.parseProfile(seed), markdownIt: () => markdownIt.parse(seed, {}), split: () => seed.split("\n") }, SEED_ROUNDS, 20);
const vsMarkdownItRounds = seedSamples.markdownIt.map((time, round) => time / seedSamples.parseProfile[round]);
const vsSplitRounds = seedSamples.parseProfile.map((time, round) => time / seedSamples.split[round]);
const times = Object.fromEntries(Object.entries(seedSamples).map(([name, values]) => [name, median(values)]));
const vsMarkdownIt = median(vsMarkdownItRounds);
const vsSplit = median(vsSplitRounds);
console.log(`seed (${seed.length} characters), CPU time per call, median of ${SEED_ROUNDS} rounds: parseProfile ${times.parseProfile.toFixed(1)} µs (${spread(seedSamples.parseProfile, 1)}), markdown-it ${times.markdownIt.toFixed(1)} µs (${spread(seedSamples.markdownIt, 1)}), split ${times.split.toFixed(2)} µs (${spread(seedSamples.split)})`);
console.log(`parseProfile is ${vsMarkdownIt.toFixed(1)}× faster than markdown-it (rounds ${spread(vsMarkdownItRounds, 1)}; goal ≥ 15×) and ${vsSplit.toFixed(2)}× a bare split (rounds ${spread(vsSplitRounds)}; goal ≤ 3×)`);

// Where the seed's floor is: two passes every parse makes over the whole page before any section is read, timed
// against the same split (a diagnostic, no figure of the report): the note model's reading of the lines, and the scan
// for non-ASCII runs (mojibake) that `readPageLines` makes with this same sticky pattern.
const NON_ASCII_SCAN = /[^\0\x80-\uffff]*/y;
/** How many non-ASCII runs `text` holds, found as `readPageLines` finds them. */
function scanNonAscii(text) {
  let runs = 0;
  for (let end = 0; ; runs++) {
    NON_ASCII_SCAN.lastIndex = end;
    NON_ASCII_SCAN.test(text);
    const start = NON_ASCII_SCAN.lastIndex;
    if (start >= text.length) return runs;
    end = start + 1;
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
  }
}
const floorSamples = rounds({ readNote: () => core.readNote(seed), scan: () => scanNonAscii(seed), split: () => seed.split("\n") }, 15, 10);
const perSplit = (name) => median(floorSamples[name].map((time, round) => time / floorSamples.split[round]));
console.log(`floor of the seed's parse, in bare splits (median of 15 rounds): the note model ${perSplit("readNote").toFixed(2)}×, the non-ASCII scan ${perSplit("scan").toFixed(2)}×; the sections are read in what remains of the ${vsSplit.toFixed(2)}×`);

const oneMb = "- ## Tools\n" + "  - [[Tool]]\n    - summary with üîç mojibake and a [[link\n".repeat(16000);
const twoMb = oneMb + oneMb.slice(11);
const fourMb = twoMb + twoMb.slice(11);
const sizes = rounds({ one: () => core.parseProfile(oneMb), two: () => core.parseProfile(twoMb), four: () => core.parseProfile(fourMb) }, 7, 250);
const doublings = [sizes.two.map((time, round) => time / sizes.one[round]), sizes.four.map((time, round) => time / sizes.two[round])];
const [small, large, larger] = [sizes.one, sizes.two, sizes.four].map(median);
const [firstDoubling, secondDoubling] = doublings.map(median);
console.log(`linearity, CPU time per parse, median of 7 rounds: ${(oneMb.length / 1e6).toFixed(1)} MB ${(small / 1000).toFixed(1)} ms, ${(twoMb.length / 1e6).toFixed(1)} MB ${(large / 1000).toFixed(1)} ms (${firstDoubling.toFixed(2)}×, rounds ${spread(doublings[0])}), ${(fourMb.length / 1e6).toFixed(1)} MB ${(larger / 1000).toFixed(1)} ms (${secondDoubling.toFixed(2)}× that, rounds ${spread(doublings[1])}); 2.0 is linear, and garbage collection changes regime as the result outgrows V8's young generation`);

const engine = new core.TemplateEngine();
const [seedProfile] = core.bundledProfiles();
const renders = rounds({ render: () => core.renderProfile(seedProfile, { flavor: "obsidian", engine }), stringify: () => JSON.stringify(seedProfile) }, 15, 8);
const [render, stringify] = [renders.render, renders.stringify].map(median);
console.log(`renderProfile (cached template) ${render.toFixed(1)} µs, JSON.stringify of the same profile ${stringify.toFixed(1)} µs (CPU time, median of 15 rounds)`);

report([
  { name: "parse the seed", value: times.parseProfile, unit: "µs", baseline: "markdown-it parse", baselineValue: times.markdownIt, ratio: vsMarkdownIt, goal: "≥ 15× faster" },
  { name: "parse the seed", value: times.parseProfile, unit: "µs", baseline: "text.split('\\n')", baselineValue: times.split, ratio: vsSplit, goal: "≤ 3× the split" },
  { name: "parse 2× the text (1 MB → 2 MB)", value: large / 1000, unit: "ms", baseline: "parse 1 MB", baselineValue: small / 1000, ratio: firstDoubling, goal: "≤ 2.2×" },
  { name: "parse 2× the text (2 MB → 4 MB)", value: larger / 1000, unit: "ms", baseline: "parse 2 MB", baselineValue: large / 1000, ratio: secondDoubling, goal: "≤ 2.2×" },
  { name: "render the seed (Obsidian flavour)", value: render, unit: "µs", baseline: "JSON.stringify", baselineValue: stringify, ratio: render / stringify, goal: "—" },
]);
