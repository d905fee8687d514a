// The Logseq copilot panel's model update on a 10,000-block page, as after a DB change to the followed page: the page's
// block tree read into the note model (the panel's PageScanCache, what liveNote does with the host's tree: only the
// lines of the blocks that changed are read again; the link targets through one KeptLinkTargets, as the loader keeps them), then the one sidebar model. Side by side in one run with the same
// update reading the whole page text again (what the panel did before), with pageText alone (the whole tree joined),
// and pageText beside its own floor: the blocks' contents joined by newlines, without bullets or indentation (no join
// of the page can cost less); the kept text read once (V8 copies a string of strings into one flat string at its first
// read, which the update's first reader pays); and the update after a block added mid-page (Enter in a block). The panel is handed two versions of the page in turn, one block edited apart, each a tree of
// its own objects and strings as the host's getPageBlocksTree answers, so that nothing is recognised by identity.
import { readFileSync } from "node:fs";
import { compare, importTs, report } from "./support.mjs";

const BLOCKS = 10_000;
const GOAL_MS = 2;
const core = await importTs("src/core/profile/parse.ts");
const sidebar = await importTs("src/core/sidebar/index.ts");
const blocks = await importTs("src/core/logseq/page-blocks.ts");
const scans = await importTs("src/core/logseq/page-scan.ts");
const { KeptLinkTargets } = await importTs("src/core/note/index.ts");
const seed = core.parseProfile(readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8"));

/** A venture page: a worksheet asking the seed's questions (some answered), then ordinary blocks with links, nested; its last block says `last`. */
function venturePage(count, last) {
  let made = 0;
  const node = (content, children = []) => ({ uuid: `b${++made}`, content, children });
  const steps = seed.copilot.questions.map((question, i) => node(`### ${question}`, [node(i % 2 ? "" : `Answer ${i}: families who travel.`)]));
  const forest = [node("type:: venture"), node("## Sales strategy\nprofiles:: [[Sales strategy]]", steps)];
  for (let section = 1; made < count; section++) {
    const children = [];
    for (let i = 0; i < 9 && made < count - 1; i++) children.push(node(`Point ${i} of ${section}: a tortoise for a weekend, see [[Link ${section % 50}]]`));
    forest.push(node(`Section ${section} about [[Business Model Canvas]]`, children));
  }
  forest[forest.length - 1].content = last;
  return { forest, count: made };
}

const entry = { profile: seed, path: "Profiles/Sales strategy.md" };
const lookup = {
  byName: (name) => (name.toLowerCase() === "sales strategy" ? entry : undefined),
  byPath: (path) => (path === entry.path ? entry : undefined),
};
const resolve = (target) => (target.toLowerCase() === "sales strategy" ? entry.path : null);
const PATH = "Exotic Pet Rental.md";

/** As the panel and NoteModelLoader.load: the page's scan through `pages` (a PageScanCache), its profiles (link targets through `links`, a KeptLinkTargets), the model. */
function update(forest, pages, links) {
  return modelOf(pages.scan(forest), (note) => links.targets(note));
}

/** The update as the panel did it before: the page text through `texts` (a PageTextCache), then the whole text read. */
function wholeUpdate(forest, texts) {
  return modelOf(sidebar.scanNote(texts.text(forest)));
}

function modelOf(scan, targets) {
  const { applied, missing } = sidebar.profilesOfNote(scan, PATH, lookup, resolve, targets);
  return sidebar.buildSidebarModel({ scan, path: PATH, applied, missing });
}

const versions = [1, 2].map((turn) => venturePage(BLOCKS, `Section edited ${turn} about [[Business Model Canvas]]`));
const { forest, count } = versions[0];
const check = update(forest, new scans.PageScanCache(), new KeptLinkTargets());
if (count !== BLOCKS || check.cards.length !== 1 || check.cards[0].total !== seed.copilot.questions.length) {
  throw new Error(`the benchmark page does not show the seed's questions (${count} blocks, ${check.cards.length} cards)`);
}
let turn = 0;
const next = () => versions[turn++ % 2].forest;
// The same page with a block added in its middle and without it, in turn: Enter pressed in a block mid-page.
const withBlock = JSON.parse(JSON.stringify(forest));
withBlock.splice(withBlock.length >> 1, 0, { uuid: "added", content: "A block added mid-page, see [[Link 7]]", children: [] });
const added = [forest, withBlock];
const nextAdded = () => added[turn++ % 2];
/** The floor under pageText: every block's content, in reading order, joined by newlines. */
function contents(list, out) {
  for (const node of list) {
    out.push(node.content);
    if (node.children.length > 0) contents(node.children, out);
  }
  return out;
}
const panelScans = new scans.PageScanCache();
const addedScans = new scans.PageScanCache();
const panelLinks = new KeptLinkTargets();
const addedLinks = new KeptLinkTargets();
const wholeTexts = new blocks.PageTextCache();
const texts = new blocks.PageTextCache();
const readTexts = new blocks.PageTextCache();
const times = compare({
  panel: () => update(next(), panelScans, panelLinks),
  whole: () => wholeUpdate(next(), wholeTexts),
  added: () => update(nextAdded(), addedScans, addedLinks),
  opened: () => update(next(), new scans.PageScanCache(), new KeptLinkTargets()),
  kept: () => texts.text(next()),
  // The kept text read: its first character makes V8 copy the runs into one flat string, as any reader of it does.
  read: () => readTexts.text(next()).charCodeAt(0),
  text: () => blocks.pageText(next()),
  floor: () => contents(next(), []).join("\n"),
});
const ms = (us) => us / 1000;
const result = {
  name: `Logseq panel model update, ${BLOCKS}-block page`,
  value: ms(times.panel),
  unit: "ms",
  baseline: "the same update reading the whole page text again",
  baselineValue: ms(times.whole),
  ratio: times.panel / times.whole,
  goal: `< ${GOAL_MS} ms`,
};
const insertion = {
  name: `Logseq panel model update after a block added mid-page, ${BLOCKS}-block page`,
  value: ms(times.added),
  unit: "ms",
  baseline: "the update after a one-block edit",
  baselineValue: ms(times.panel),
  ratio: times.added / times.panel,
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
const read = {
  name: `the panel's page text after a one-block edit, read once (V8 copies it flat), ${BLOCKS}-block page`,
  value: ms(times.read),
  unit: "ms",
  baseline: "the same text not read",
  baselineValue: ms(times.kept),
  ratio: times.read / times.kept,
  goal: "—",
};
const opened = {
  name: `Logseq panel model of a ${BLOCKS}-block page just opened (no earlier version to keep text from)`,
  value: ms(times.opened),
  unit: "ms",
  baseline: "the update after a one-block edit",
  baselineValue: ms(times.panel),
  ratio: times.opened / times.panel,
  goal: "—",
};
const kept = {
  name: `the panel's page text after a one-block edit, ${BLOCKS}-block page`,
  value: ms(times.kept),
  unit: "ms",
  baseline: "pageText of the same tree",
  baselineValue: ms(times.text),
  ratio: times.kept / times.text,
  goal: "—",
};
console.log(`${result.name}: ${result.value.toFixed(2)} ms per update; ${result.baseline}: ${result.baselineValue.toFixed(2)} ms (ratio ${result.ratio.toFixed(2)}); ${result.value < GOAL_MS ? "meets" : "MISSES"} the goal ${result.goal}`);
console.log(`${text.name}: ${text.value.toFixed(2)} ms; ${text.baseline}: ${text.baselineValue.toFixed(2)} ms (ratio ${text.ratio.toFixed(2)})`);
console.log(`${kept.name}: ${kept.value.toFixed(2)} ms; ${kept.baseline}: ${kept.baselineValue.toFixed(2)} ms (ratio ${kept.ratio.toFixed(2)})`);
console.log(`${read.name}: ${read.value.toFixed(2)} ms; ${read.baseline}: ${read.baselineValue.toFixed(2)} ms (ratio ${read.ratio.toFixed(2)})`);
console.log(`${opened.name}: ${opened.value.toFixed(2)} ms; ${opened.baseline}: ${opened.baselineValue.toFixed(2)} ms (ratio ${opened.ratio.toFixed(2)})`);
console.log(`${insertion.name}: ${insertion.value.toFixed(2)} ms; ${insertion.baseline}: ${insertion.baselineValue.toFixed(2)} ms (ratio ${insertion.ratio.toFixed(2)})`);
report([result, insertion, text, kept, read, opened]);
