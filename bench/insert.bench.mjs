// Insert profile template: time from the command (profile chosen) to the worksheet in the editor, in Debian's Chromium with
// real CodeMirror, the template already compiled; beside a plain dispatch of the same text into the same editors (same
// selection, scrolled into view, as any edit command does), in one run.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { median, report } from "./support.mjs";
import { launchChromium } from "../test/browser/chromium.mjs";

const ROUNDS = 40;
const EDITORS = 20;
const GOAL_MS = 5;

const seed = readFileSync("test/fixtures/logseq-seed-sales-strategy.md", "utf8");
const venture = readFileSync("demo-vault/Ventures/Exotic Pet Rental.md", "utf8");
const note = `${venture}\n${"Notes on the venture, one more paragraph of the kind a real note holds.\n\n".repeat(100)}`;

const bundle = await build({
  entryPoints: ["bench/pages/insert.ts"],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  loader: { ".hbs": "text", ".md": "text" },
  logLevel: "error",
});

// The Chromium the browser tests use (Debian's when installed, else the packaged one), so the bench runs wherever they do.
const { browser, description } = await launchChromium();
console.log(description);
let samples;
try {
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 700 } })).newPage();
  await page.route("**/*", (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  samples = await page.evaluate(([profile, text, rounds, editors]) => window.insertBench.run(profile, text, rounds, editors), [seed, note, ROUNDS, EDITORS]);
} finally {
  await browser.close();
}

const command = median(samples.command);
const dispatch = median(samples.dispatch);
const core = median(samples.coreOnly);
console.log(`note of ${note.length} characters, worksheet of ${samples.insertedLength} characters; ${ROUNDS} rounds × ${EDITORS} editors, medians per insertion`);
console.log(`insert profile template (cached template): ${command.toFixed(3)} ms; plain dispatch of the same text, same selection, scrolled into view: ${dispatch.toFixed(3)} ms (${(command / dispatch).toFixed(2)}×); goal < ${GOAL_MS} ms: ${command < GOAL_MS ? "met" : "NOT met"}`);
console.log(`of which the pure core (steps, template, placement, front matter): ${core.toFixed(3)} ms`);
console.log(`first insertion, template compiled on the way: ${samples.firstCommand.toFixed(2)} ms (once per session)`);

report([
  { name: "insert profile template, command to inserted text (cached template)", value: command, unit: "ms", baseline: "plain dispatch of the same text (same selection, scrolled into view)", baselineValue: dispatch, ratio: command / dispatch, goal: `< ${GOAL_MS} ms` },
  { name: "the pure core alone (insertWorksheet)", value: core, unit: "ms", baseline: "plain dispatch of the same text (same selection, scrolled into view)", baselineValue: dispatch, ratio: core / dispatch, goal: "—" },
]);
