// The playground's tool links: the plugin's chip extension and renderer over the tool notes of the in-memory vault.
import assert from "node:assert/strict";
import { openNote, showLine } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

/** The expanded summaries' text, in order. */
function summaries(page) {
  return page.locator(".cm-content .inncopilot-tool-summary:not([hidden]) .inncopilot-tool-summary-body").allTextContents();
}

const LINKS_LINE = "Open questions we are working through with";

function chipButton(page, tool) {
  return page.getByRole("button", { name: `Show the summary of ${tool}` });
}

test("tool links in the venture note get a chip, the link to a profile does not", async () => {
  const page = await openPage("playground");
  await showLine(page, "see [[Sales strategy]]");
  await showLine(page, LINKS_LINE);
  const labels = await page.locator(".cm-content .inncopilot-tool-chip").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-label")));
  assert.deepEqual(labels, [
    "Show the summary of Business Model Canvas",
    "Show the summary of Value Proposition Canvas",
    "Show the summary of Customer Journey Map",
  ]);
  const salesLine = page.locator(".cm-line", { hasText: "see [[Sales strategy]]" });
  assert.equal(await salesLine.count(), 1, "the line linking to the profile is drawn");
  assert.equal(await salesLine.locator(".inncopilot-tool-chip").count(), 0);
});

test("clicking a chip expands the tool note's summary under the link, and clicking again folds it", async () => {
  const page = await openPage("playground");
  await showLine(page, LINKS_LINE);
  await chipButton(page, "Business Model Canvas").click();
  assert.deepEqual(await summaries(page), [
    "A one-page template of nine building blocks, from customer segments and value propositions to revenue streams and cost structure, that shows how an organisation creates, delivers and captures value.",
  ]);
  assert.equal(await page.locator(".cm-content .inncopilot-tool-summary-source").first().textContent(), "From the tool note");
  await page.getByRole("button", { name: "Hide the summary of Business Model Canvas" }).click();
  assert.deepEqual(await summaries(page), []);
});

test("Enter on a focused chip expands it too, and the note's text is never changed by a chip", async () => {
  const page = await openPage("playground");
  const before = await page.evaluate(() => window.playground.view.state.doc.toString());
  await showLine(page, LINKS_LINE);
  await chipButton(page, "Customer Journey Map").focus();
  await page.keyboard.press("Enter");
  assert.match((await summaries(page))[0], /^A timeline of every step a customer takes/);
  assert.equal(await page.evaluate(() => window.playground.view.state.doc.toString()), before);
});

test("editing a tool note's summary in the playground updates the chip in the venture note", async () => {
  const page = await openPage("playground");
  await openNote(page, "Value Proposition Canvas");
  await page.evaluate(() => {
    const { view } = window.playground;
    const text = view.state.doc.toString();
    const from = text.indexOf('summary: "') + 'summary: "'.length;
    view.dispatch({ selection: { anchor: from } });
  });
  await page.keyboard.type("Our own words first. ");
  await openNote(page, "Exotic Pet Rental");
  await showLine(page, LINKS_LINE);
  await chipButton(page, "Value Proposition Canvas").click();
  assert.match((await summaries(page))[0], /^Our own words first\. A close-up of two blocks/);
});

test("a hostile tool note shows its text literally and runs nothing", async () => {
  const page = await openPage("playground");
  await page.evaluate(() => {
    const { vault, view } = window.playground;
    vault.write("Tools/Trap.md", '---\ntype: tool\nsummary: "<img src=x onerror=\\"window.pwned=1\\"> <script>window.pwned=2</script> [click](javascript:window.pwned=3) **bold**"\n---\n# Trap\n');
    view.dispatch({ changes: { from: view.state.doc.length, insert: "\n\nSee [[Trap]]." } });
  });
  await showLine(page, "See [[Trap]].");
  await chipButton(page, "Trap").click();
  const summary = page.locator(".cm-content .inncopilot-tool-summary-body").first();
  assert.match(await summary.textContent(), /<img src=x onerror="window\.pwned=1"> <script>window\.pwned=2<\/script> \[click\]\(javascript:window\.pwned=3\) bold$/);
  assert.equal(await summary.locator("img, script, a[href^='javascript']").count(), 0);
  assert.equal(await summary.locator("strong").textContent(), "bold", "Markdown still renders");
  assert.equal(await page.evaluate(() => window.pwned ?? null), null);
});

test("embed tool summaries keeps the notes the profile wrote under its tool links and changes nothing", async () => {
  const page = await openPage("playground");
  await openNote(page, "Sales strategy");
  const before = await page.evaluate(() => window.playground.view.state.doc.toString());
  await page.getByRole("button", { name: "Embed summaries" }).click();
  const after = await page.evaluate(() => window.playground.view.state.doc.toString());
  assert.equal(after, before, "every tool link of the profile already has the profile's own words under it");
  assert.match((await page.locator(".playground-notice").allTextContents()).at(-1), /^Kept the \d+ summaries that you wrote \(Business Model Canvas, .*\); nothing was embedded\./);
});
