// The Logseq copilot panel's model update on a 10,000-block page, as after a DB change to the followed page: the page's
// block tree as text (pageText, what liveNote does with the host's tree), then the one sidebar model. Side by side in one
// run with pageText alone (the least the panel must do with the host's answer), and pageText beside its own floor: the
// blocks' contents joined by newlines, without bullets or indentation (no page text can cost less).
import { readFileSync } from "node:fs";
import { compare, importTs, report } from "./support.mjs";

const BLOCKS = 10_000;
const GOAL_MS = 2;
const core = await importTs("src/core/index.ts");
const sidebar = await importTs("src/core/sidebar/index.ts");
const { LinkTargetCache } = await importTs("src/core/note/link-targets.ts");
const blocks = await importTs("src/core/logseq/page-blocks.ts");
const seed = core.parseProfile(readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8"));

/** A venture page: a worksheet asking the seed's questions (some answered), then ordinary blocks with links, nested. */
function venturePage(count) {
  let made = 0;
  const node = (content, children = []) => ({ uuid: `b${++made}`, content, children });
  const steps = seed.copilot.questions.map((question, i) => node(`### ${question}`, [node(i % 2 ? "" : `Answer ${i}: families who travel.`)]));
  const forest = [node("type:: venture"), node("## Sales strategy\nprofiles:: [[Sales strategy]]", steps)];
  for (let section = 1; made < count; section++) {
    const children = [];
    for (let i = 0; i < 9 && made < count - 1; i++) children.push(node(`Point ${i} of ${section}: a tortoise for a weekend, see [[Link ${section % 50}]]`));
    forest.push(node(`Section ${section} about [[Business Model Canvas]]`, children));
  }
  return { forest, count: made };
}

const entry = { profile: seed, path: "Profiles/Sales strategy.md" };
const lookup = {
  byName: (name) => (name.toLowerCase() === "sales strategy" ? entry : undefined),
  byPath: (path) => (path === entry.path ? entry : undefined),
};
const resolve = (target) => (target.toLowerCase() === "sales strategy" ? entry.path : null);
const PATH = "Exotic Pet Rental.md";

/** As NoteModelLoader.load: the page's text, the one scan, its profiles (link targets through `links`, see the Obsidian sidebar bench), the model. */
function update(forest, links) {
  const text = blocks.pageText(forest);
  const scan = sidebar.scanNote(text);
  const { applied, missing } = sidebar.profilesOfNote(scan, PATH, lookup, resolve, links);
  return sidebar.buildSidebarModel({ scan, path: PATH, applied, missing });
}

const { forest, count } = venturePage(BLOCKS);
const check = update(forest, new LinkTargetCache());
if (count !== BLOCKS || check.cards.length !== 1 || check.cards[0].total !== seed.copilot.questions.length) {
  throw new Error(`the benchmark page does not show the seed's questions (${count} blocks, ${check.cards.length} cards)`);
}
// Each round edits one block, as a DB change would, so no result can be reused.
let turn = 0;
const edited = forest[forest.length - 1];
const next = () => {
  edited.content = `Section edited ${++turn} about [[Business Model Canvas]]`;
  return forest;
};
/** The floor under pageText: every block's content, in reading order, joined by newlines. */
function contents(list, out) {
  for (const node of list) {
    out.push(node.content);
    if (node.children.length > 0) contents(node.children, out);
  }
  return out;
}
const links = new LinkTargetCache();
const times = compare({ panel: () => update(next(), links), text: () => blocks.pageText(next()), floor: () => contents(next(), []).join("\n") });
const ms = (us) => us / 1000;
const result = {
  name: `Logseq panel model update, ${BLOCKS}-block page`,
  value: ms(times.panel),
  unit: "ms",
  baseline: "pageText of the same tree",
  baselineValue: ms(times.text),
  ratio: times.panel / times.text,
  goal: `< ${GOAL_MS} ms`,
};
const text = {
  name: `pageText of a ${BLOCKS}-block page`,
  value: ms(times.text),
  unit: "ms",
  baseline: "the blocks' contents joined by newlines (the floor)",
  baselineValue: ms(times.floor),
  ratio: times.text / times.floor,
  goal: "—",
};
console.log(`${result.name}: ${result.value.toFixed(2)} ms per update; ${result.baseline}: ${result.baselineValue.toFixed(2)} ms (ratio ${result.ratio.toFixed(2)}); ${result.value < GOAL_MS ? "meets" : "MISSES"} the goal ${result.goal}`);
console.log(`${text.name}: ${text.value.toFixed(2)} ms; ${text.baseline}: ${text.baselineValue.toFixed(2)} ms (ratio ${text.ratio.toFixed(2)})`);
report([result, text]);
