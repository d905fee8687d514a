// The copilot sidebar's model update (scan the note, find its profiles, check every question's answer) on a
// 10,000-line note, as after each pause in typing; side by side in one run with text.split("\n") of the same note
// (the least any line-based reader does) and, for a profile page, parseProfile of the same page. As NoteModelLoader does,
// the link targets go through one KeptLinkTargets per sidebar, which keeps those of the lines a keystroke left alone;
// the note just opened (a fresh KeptLinkTargets, nothing to keep) is reported beside it.
import { readFileSync } from "node:fs";
import { compare, importTs, report } from "./support.mjs";

const LINES = 10_000;
const GOAL_MS = 1.5;
const core = await importTs("src/core/profile/parse.ts");
const sidebar = await importTs("src/core/sidebar/index.ts");
const { KeptLinkTargets } = await importTs("src/core/note/index.ts");
const seedText = readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8");
const seed = core.parseProfile(seedText);

/** A venture note: sections under headings, bold lines, lists, links, and the seed's questions spread through it. */
function ventureNote(questions, lines) {
  const out = ["---", "type: venture", "profiles:", '  - "[[Sales strategy]]"', "---", "# Exotic Pet Rental", ""];
  for (let section = 1; out.length < lines; section++) {
    const question = questions[section % (questions.length * 40)];
    out.push(question !== undefined ? `## ${question}` : `## Section ${section}`, "");
    if (section % 7 === 0) out.push(`**Note ${section}:** see [[Business Model Canvas]] and [[Customer Journey Map]].`);
    for (let i = 0; i < 12; i++) {
      out.push(i % 3 === 0
        ? `- Item ${i} of section ${section}, with a [[Link ${section % 50}]]`
        : `Paragraph ${i} of section ${section}: renting a tortoise for a weekend costs less than a week of pet food.`);
    }
    out.push("");
  }
  return out.slice(0, lines).join("\n");
}

/** The seed profile page, its description grown to `lines` lines. */
function profilePage(lines) {
  const out = seedText.split("\n");
  const description = out.findIndex((line) => line.includes("Description")) + 1;
  const extra = Array.from({ length: lines - out.length }, (_, i) => `  Further description line ${i}: tailored sales approaches for group ${i % 40}.`);
  out.splice(description, 0, ...extra);
  return out.join("\n");
}

/** Two versions of a text one keystroke apart, handed out in turn as typing would. */
function typing(text, from, to) {
  const versions = [text, text.replace(from, to)];
  let turn = 0;
  return () => versions[turn++ % 2];
}

const entry = { profile: seed, path: "Profiles/Sales strategy.md" };
const lookup = {
  byName: (name) => (name.toLowerCase() === "sales strategy" ? entry : undefined),
  byPath: (path) => (path === entry.path ? entry : undefined),
};
const resolve = (target) => (target.toLowerCase() === "sales strategy" ? entry.path : null);

/** What the sidebar does after a pause in typing, as NoteModelLoader.load does it: the one scan, the note's profiles (link targets through `links`), the model. */
function update(text, path, links) {
  const scan = sidebar.scanNote(text);
  const { applied, missing } = sidebar.profilesOfNote(scan, path, lookup, resolve, (note) => links.targets(note));
  return sidebar.buildSidebarModel({ scan, path, applied, missing });
}

const venture = ventureNote(seed.copilot.questions, LINES);
const page = profilePage(LINES);
const nextVenture = typing(venture, "costs less", "costs lesss");
const nextPage = typing(page, "Further description line 500:", "Further description line 500!");
const check = [update(venture, "Ventures/Exotic Pet Rental.md", new KeptLinkTargets()), update(page, entry.path, new KeptLinkTargets())];
if (check.some((model) => model.cards.length !== 1 || model.cards[0].total !== 5) || page.split("\n").length !== LINES) {
  throw new Error("the benchmark notes do not show the seed profile's five questions");
}

const ventureLinks = new KeptLinkTargets();
const pageLinks = new KeptLinkTargets();
const times = compare({
  venture: () => update(nextVenture(), "Ventures/Exotic Pet Rental.md", ventureLinks),
  opened: () => update(nextVenture(), "Ventures/Exotic Pet Rental.md", new KeptLinkTargets()),
  split: () => nextVenture().split("\n"),
  page: () => update(nextPage(), entry.path, pageLinks),
  parse: () => core.parseProfile(nextPage()),
});
const ms = (us) => us / 1000;
const results = [
  {
    name: `sidebar model update, ${LINES}-line venture note`,
    value: ms(times.venture),
    unit: "ms",
    baseline: "text.split('\\n') of the same note",
    baselineValue: ms(times.split),
    ratio: times.venture / times.split,
    goal: `< ${GOAL_MS} ms`,
  },
  {
    name: `sidebar model of a ${LINES}-line venture note just opened (no earlier version to keep link targets from)`,
    value: ms(times.opened),
    unit: "ms",
    baseline: "text.split('\\n') of the same note",
    baselineValue: ms(times.split),
    ratio: times.opened / times.split,
    goal: "—",
  },
  {
    name: `sidebar model update, ${LINES}-line profile page`,
    value: ms(times.page),
    unit: "ms",
    baseline: "parseProfile of the same page",
    baselineValue: ms(times.parse),
    ratio: times.page / times.parse,
    goal: `< ${GOAL_MS} ms`,
  },
];
for (const result of results) {
  const verdict = result.goal === "—" ? "" : `; ${result.value < GOAL_MS ? "meets" : "MISSES"} the goal ${result.goal}`;
  console.log(`${result.name}: ${result.value.toFixed(2)} ms; ${result.baseline}: ${result.baselineValue.toFixed(2)} ms (ratio ${result.ratio.toFixed(2)})${verdict}`);
}
report(results);
