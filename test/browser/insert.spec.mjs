// The insert page: a profile worksheet inserted into a real CodeMirror 6 editor, filled with real key presses.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, test } from "./support.mjs";

const SEED = readFileSync(new URL("../fixtures/logseq-seed-sales-strategy.md", import.meta.url), "utf8");
const BROKEN = readFileSync(new URL("../fixtures/user-worksheet-unclosed-each.hbs", import.meta.url), "utf8");
const STEPS = [
  "Identify target customer segments",
  "Develop customer profiles",
  "Customize sales approaches",
  "Leverage data and analytics",
  "Build relationships and trust",
  "Provide ongoing support",
  "Continuously adapt and improve",
];
/** The seed's copilot questions, each listed with a field nested under it after the steps. */
const QUESTIONS = 5;
const FIELDS = STEPS.length + QUESTIONS;
const NOTE = "# Exotic Pet Rental\n\nWe rent animals for a weekend.";

/** Opens the page with `note` and the cursor at its end (or at `anchor`). */
async function withNote(note = NOTE, anchor = note.length, head = anchor) {
  const page = await openPage("insert");
  await page.evaluate(([text, a, h]) => window.insertPage.openNote(text, a, h), [note, anchor, head]);
  return page;
}

function read(page) {
  return page.evaluate(() => window.insertPage.read());
}

function insert(page, template) {
  return page.evaluate(([profile, source]) => window.insertPage.insert(profile, source ?? undefined), [SEED, template ?? null]);
}

test("the worksheet goes in at the cursor with the profile recorded and the first placeholder selected and marked", async () => {
  const page = await withNote();
  const result = await insert(page);
  assert.equal(result.ok, true);
  const state = await read(page);
  assert.ok(state.doc.startsWith(`---\nprofiles:\n  - Sales strategy\n---\n${NOTE}\n\n## Sales strategy\n\n> the identification`));
  assert.equal(state.selected, "_…_");
  assert.equal(state.from, result.edit.fields[0].from);
  assert.equal(await page.locator(".cm-snippetField").count(), FIELDS);
});

test("Tab visits every field; typing replaces each placeholder; the last Tab leaves the cursor below the worksheet", async () => {
  const page = await withNote();
  await insert(page);
  for (let i = 0; i < FIELDS; i++) {
    await page.keyboard.type(`Answer ${i + 1}`);
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type("Written after the worksheet.");
  const { doc, live } = await read(page);
  for (let i = 0; i < STEPS.length; i++) assert.ok(doc.includes(`### ${STEPS[i]}\nAnswer ${i + 1}\n`), `step ${i + 1} holds its answer`);
  for (let i = STEPS.length; i < FIELDS; i++) assert.match(doc, new RegExp(`\\?\\n {2}- Answer ${i + 1}\\n`), `question ${i + 1 - STEPS.length} holds its answer`);
  assert.ok(!doc.includes("_…_"));
  assert.ok(doc.endsWith("- [[Customer Journey Map]]\nWritten after the worksheet."));
  assert.deepEqual(live, { next: false, previous: false });
});

test("Shift-Tab goes back to a filled field, selecting what was typed so it can be retyped", async () => {
  const page = await withNote();
  await insert(page);
  await page.keyboard.type("Families");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Personas");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await read(page)).selected, "Personas");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await read(page)).selected, "Families");
  await page.keyboard.type("Schools");
  const { doc } = await read(page);
  assert.ok(doc.includes(`### ${STEPS[0]}\nSchools\n\n### ${STEPS[1]}\nPersonas\n\n### ${STEPS[2]}\n_…_\n`));
});

test("Escape after Shift-Tab into a filled field keeps the answer and puts the cursor at the field's end", async () => {
  const page = await withNote();
  await insert(page);
  await page.keyboard.type("Families");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await read(page)).selected, "Families");
  await page.keyboard.press("Escape");
  const after = await read(page);
  assert.equal(after.selected, "");
  assert.equal(after.doc.slice(after.from - "Families".length, after.from), "Families");
  assert.deepEqual(after.live, { next: false, previous: false });
  await page.keyboard.type(" and schools");
  assert.ok((await read(page)).doc.includes(`### ${STEPS[0]}\nFamilies and schools\n\n### ${STEPS[1]}\n_…_\n`));
});

test("one undo restores the note exactly, the profile record included; redo brings the worksheet back", async () => {
  const page = await withNote(`---\nstatus: draft\n---\n${NOTE}`);
  const before = await read(page);
  await insert(page);
  const inserted = await read(page);
  assert.equal(inserted.undoDepth, before.undoDepth + 1);
  await page.keyboard.press("Control+z");
  const undone = await read(page);
  assert.equal(undone.doc, before.doc);
  assert.deepEqual([undone.from, undone.to], [before.from, before.to]);
  await page.keyboard.press("Control+Shift+z");
  assert.equal((await read(page)).doc, inserted.doc);
});

test("typing in the fields is undone first, then the whole insertion in one more step", async () => {
  const page = await withNote();
  const before = await read(page);
  await insert(page);
  const inserted = (await read(page)).doc;
  await page.keyboard.type("Families");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Personas");
  let presses = 0;
  while ((await read(page)).doc !== inserted && presses < 10) {
    await page.keyboard.press("Control+z");
    presses++;
  }
  assert.equal((await read(page)).doc, inserted);
  await page.keyboard.press("Control+z");
  assert.equal((await read(page)).doc, before.doc);
});

test("a selection is replaced by the worksheet", async () => {
  const note = "# Venture\n\nDraft to replace.\n\nKeep this.";
  const page = await withNote(note, note.indexOf("Draft"), note.indexOf("Draft") + "Draft to replace.".length);
  await insert(page);
  const { doc } = await read(page);
  assert.ok(!doc.includes("Draft to replace."));
  assert.ok(doc.includes("# Venture\n\n## Sales strategy\n"));
  assert.ok(doc.endsWith("- [[Customer Journey Map]]\n\nKeep this."));
});

test("the fields follow the text when the note changes above them", async () => {
  const page = await withNote();
  await insert(page);
  await page.evaluate(() => {
    const { view } = window.insertPage;
    view.dispatch({ changes: { from: view.state.doc.toString().indexOf("# Exotic"), insert: "Added above.\n\n" } });
  });
  await page.keyboard.press("Tab");
  const state = await read(page);
  assert.equal(state.selected, "_…_");
  assert.equal(state.doc.slice(0, state.from).endsWith(`### ${STEPS[1]}\n`), true);
});

test("Escape leaves the fields: their marks go and Tab no longer jumps between them", async () => {
  const page = await withNote();
  await insert(page);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".cm-snippetField").count(), 0);
  assert.deepEqual((await read(page)).live, { next: false, previous: false });
});

test("the next-field command finds the unfilled fields of a worksheet in a note opened later", async () => {
  const page = await withNote();
  await insert(page);
  await page.keyboard.type("Families");
  const later = (await read(page)).doc;
  await page.evaluate((text) => window.insertPage.openNote(text, 0), later);
  assert.equal(await page.evaluate(() => window.insertPage.move("next")), true);
  const state = await read(page);
  assert.equal(state.selected, "_…_");
  assert.ok(state.doc.slice(0, state.from).endsWith(`### ${STEPS[1]}\n`));
  await page.keyboard.type("Personas");
  assert.ok((await read(page)).doc.includes(`### ${STEPS[1]}\nPersonas\n`));
});

test("a broken user template leaves the note and its undo history unchanged, and says where it is broken", async () => {
  const page = await withNote();
  const before = await read(page);
  const result = await insert(page, BROKEN);
  assert.equal(result.ok, false);
  assert.match(result.error, /^The worksheet template "Templates\/worksheet\.hbs" has an error on line 5/);
  assert.deepEqual(await read(page), before);
});

test("typed at machine speed right after an insertion that scrolls the editor, every character lands in order (40 rounds)", async () => {
  const answer = "Families, schools and photographers.";
  const note = `# Exotic Pet Rental\n\n${"We rent animals for a weekend.\n\n".repeat(60)}`;
  const page = await withNote(note);
  await page.evaluate(() => window.insertPage.limitHeight(300));
  const misplaced = [];
  for (let round = 1; round <= 40; round++) {
    await page.evaluate((text) => {
      window.insertPage.openNote(text);
      window.insertPage.view.scrollDOM.scrollTop = 0;
    }, note);
    await insert(page);
    await page.keyboard.type(answer);
    const typed = (await read(page)).doc.split(`### ${STEPS[0]}\n`)[1].split("\n")[0];
    if (typed !== answer) misplaced.push(`round ${round}: ${typed}`);
  }
  assert.deepEqual(misplaced, []);
});
