// Parsing the seed profile, against markdown-it and a bare split of the same text, measured side by side in one run.
import MarkdownIt from "markdown-it";
import { readFileSync } from "node:fs";
import { compare, importTs, median, perCall, report } from "./support.mjs";

const core = await importTs("src/core/index.ts");
const seed = readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8");
const markdownIt = new MarkdownIt();

const times = compare({
  parseProfile: () => core.parseProfile(seed),
  markdownIt: () => markdownIt.parse(seed, {}),
  split: () => seed.split("\n"),
});
const vsMarkdownIt = times.markdownIt / times.parseProfile;
const vsSplit = times.parseProfile / times.split;
console.log(`seed (${seed.length} characters): parseProfile ${times.parseProfile.toFixed(1)} µs, markdown-it ${times.markdownIt.toFixed(1)} µs, split ${times.split.toFixed(2)} µs`);
console.log(`parseProfile is ${vsMarkdownIt.toFixed(1)}× faster than markdown-it (goal ≥ 10×) and ${vsSplit.toFixed(1)}× a bare split (goal ≤ 5×)`);

const oneMb = "- ## Tools\n" + "  - [[Tool]]\n    - summary with üîç mojibake and a [[link\n".repeat(16000);
const twoMb = oneMb + oneMb.slice(11);
const fourMb = twoMb + twoMb.slice(11);
/** Microseconds per parse of each text: the median of five rounds that each time every size in turn. */
function linearity(texts) {
  const samples = texts.map(() => []);
  for (let round = 0; round < 5; round++) texts.forEach((text, i) => samples[i].push(perCall(() => core.parseProfile(text), 200)));
  return samples.map(median);
}
const [small, large, larger] = linearity([oneMb, twoMb, fourMb]);
console.log(`linearity: parsing ${(twoMb.length / 1e6).toFixed(1)} MB takes ${(large / small).toFixed(2)}× the time of ${(oneMb.length / 1e6).toFixed(1)} MB, and ${(fourMb.length / 1e6).toFixed(1)} MB ${(larger / large).toFixed(2)}× that (2.0 is linear; garbage collection changes regime as the result outgrows V8's young generation)`);

const engine = new core.TemplateEngine();
const [seedProfile] = core.bundledProfiles();
const render = perCall(() => core.renderProfile(seedProfile, { flavor: "obsidian", engine }));
const stringify = perCall(() => JSON.stringify(seedProfile));
console.log(`renderProfile (cached template) ${render.toFixed(1)} µs, JSON.stringify of the same profile ${stringify.toFixed(1)} µs`);

report([
  { name: "parse the seed", value: times.parseProfile, unit: "µs", baseline: "markdown-it parse", baselineValue: times.markdownIt, ratio: vsMarkdownIt, goal: "≥ 10× faster" },
  { name: "parse the seed", value: times.parseProfile, unit: "µs", baseline: "text.split('\\n')", baselineValue: times.split, ratio: vsSplit, goal: "≤ 5× the split" },
  { name: "parse 2× the text (1 MB → 2 MB)", value: large / 1000, unit: "ms", baseline: "parse 1 MB", baselineValue: small / 1000, ratio: large / small, goal: "≈ 2 (linear)" },
  { name: "parse 2× the text (2 MB → 4 MB)", value: larger / 1000, unit: "ms", baseline: "parse 2 MB", baselineValue: large / 1000, ratio: larger / large, goal: "≈ 2 (linear)" },
  { name: "render the seed (Obsidian flavour)", value: render, unit: "µs", baseline: "JSON.stringify", baselineValue: stringify, ratio: render / stringify, goal: "—" },
]);
