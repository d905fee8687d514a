// Benchmark: the copilot sidebar's model update (scan the note, find its profiles, check every question's answer)
// on a 10,000-line note, as happens after each pause in typing. Baselines are measured in the same run on the same
// text: text.split("\n"), the least any line-based reader must do, and parseProfile for a profile page.
// Usage: node bench/sidebar.bench.mjs   (prints readable lines, then one `RESULT <json>` line)
import esbuild from "esbuild";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LINES = 10_000;
const GOAL_MS = 2;

/** Bundles the core pieces the benchmark calls into one ES module and imports it. */
async function loadCore(dir) {
  const result = await esbuild.build({
    stdin: {
      contents: [
        'export * from "./src/core/sidebar";',
        'export { parseProfile } from "./src/core/profile/parse";',
        'export { BUNDLED_PROFILES } from "./src/core/library/profiles";',
      ].join("\n"),
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    loader: { ".hbs": "text", ".md": "text" },
    write: false,
    logLevel: "warning",
  });
  const file = path.join(dir, "core.mjs");
  await writeFile(file, result.outputFiles[0].text);
  // eslint-disable-next-line no-unsanitized/method -- the path is the bundle this script just wrote
  return import(pathToFileURL(file).href);
}

/** A venture note of `lines` lines: sections with headings, bold lines, lists, links, and the seed's questions spread through it. */
function ventureNote(questions, lines) {
  const out = ["---", "type: venture", "profiles:", '  - "[[Sales strategy]]"', "---", "# Exotic Pet Rental", ""];
  let section = 0;
  while (out.length < lines) {
    section++;
    const question = questions[section % (questions.length * 40)];
    out.push(question !== undefined ? `## ${question}` : `## Section ${section}`, "");
    if (section % 7 === 0) out.push(`**Note ${section}:** see [[Business Model Canvas]] and [[Customer Journey Map]].`);
    for (let i = 0; i < 12 && out.length < lines; i++) {
      out.push(i % 3 === 0 ? `- Item ${i} of section ${section}, with a [[Link ${section % 50}]]` : `Paragraph ${i} of section ${section}: renting a tortoise for a weekend costs less than a week of pet food.`);
    }
    out.push("");
  }
  return out.slice(0, lines).join("\n");
}

/** A Logseq profile page of `lines` lines: the seed's sections, its description repeated to length. */
function profilePage(seedText, lines) {
  const seed = seedText.split("\n");
  const out = seed.slice();
  while (out.length < lines) out.push(`  Further description line ${out.length}: tailored sales approaches for customer group ${out.length % 40}.`);
  return out.slice(0, lines).join("\n");
}

/** Median milliseconds per call of `fn(i)`, after a warm-up, over `runs` calls. */
function median(fn, runs = 300) {
  for (let i = 0; i < 50; i++) fn(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function round(value) {
  return Math.round(value * 1000) / 1000;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "inncopilot-bench-"));
  try {
    const core = await loadCore(dir);
    const seed = core.BUNDLED_PROFILES[0];
    const entry = { profile: seed, path: "Profiles/Sales strategy.md" };
    const lookup = {
      byName: (name) => (name.toLowerCase() === "sales strategy" ? entry : undefined),
      byPath: (p) => (p === entry.path ? entry : undefined),
    };
    const resolve = (target) => (target.toLowerCase() === "sales strategy" ? entry.path : null);
    const keyPages = new Map();

    // Two versions of each note, one character apart, alternated as typing would.
    const venture = ventureNote(seed.copilot.questions, LINES);
    const ventures = [venture, venture.replace("costs less", "costs lesss")];
    const { readFile } = await import("node:fs/promises");
    const seedText = await readFile(path.join(ROOT, "src/core/library/profiles/sales-strategy.md"), "utf8");
    const page = profilePage(seedText, LINES);
    const pages = [page, page.replace("Further description line 500", "Further description line 500!")];

    const update = (text, notePath) => {
      const scan = core.scanNote(text);
      const { applied, missing } = core.profilesOfNote(scan, notePath, lookup, resolve);
      return core.buildSidebarModel({ scan, path: notePath, applied, missing, keyPages });
    };
    const check = update(ventures[0], "Ventures/Exotic Pet Rental.md");
    if (check.cards.length !== 1 || check.cards[0].total !== 5) throw new Error("the benchmark note does not show the seed profile's five questions");

    const ventureMs = median((i) => update(ventures[i % 2], "Ventures/Exotic Pet Rental.md"));
    const splitMs = median((i) => ventures[i % 2].split("\n"));
    const pageMs = median((i) => update(pages[i % 2], "Profiles/Sales strategy.md"), 100);
    const parseMs = median((i) => core.parseProfile(pages[i % 2]), 100);

    const results = [
      {
        name: `sidebar model update, ${LINES.toLocaleString("en")}-line venture note`,
        value: round(ventureMs),
        unit: "ms",
        baseline: 'text.split("\\n") of the same note',
        baselineValue: round(splitMs),
        ratio: round(ventureMs / splitMs),
        goal: `< ${GOAL_MS} ms`,
      },
      {
        name: `sidebar model update, ${LINES.toLocaleString("en")}-line profile page`,
        value: round(pageMs),
        unit: "ms",
        baseline: "parseProfile of the same page",
        baselineValue: round(parseMs),
        ratio: round(pageMs / parseMs),
        goal: `< ${GOAL_MS} ms`,
      },
    ];
    for (const result of results) {
      const verdict = result.value < GOAL_MS ? "meets" : "MISSES";
      process.stdout.write(`${result.name}: ${result.value} ms per update (median); ${result.baseline}: ${result.baselineValue} ms; ratio ${result.ratio}; ${verdict} the goal ${result.goal}\n`);
    }
    process.stdout.write(`RESULT ${JSON.stringify(results)}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
