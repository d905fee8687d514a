// The playground's copilot sidebar: the plugin's model and renderer following the playground's editor and vault.
import assert from "node:assert/strict";
import { cursorLine, docText, openNote, runCommand } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

const FIRST = "How do we identify and categorize our stakeholders in order to map out their journey?";
const SECOND = "What are the key stages or touchpoints in the stakeholder's journey with our business?";

/** The sidebar as a user reads it: header, each card's title, reason, progress, and its questions with their state. */
function readSidebar(page) {
  return page.evaluate(() => {
    const sidebar = document.querySelector(".playground-sidebar");
    const text = (el) => el?.textContent ?? null;
    return {
      hidden: sidebar.hidden,
      header: text(sidebar.querySelector(".inncopilot-copilot-note")),
      empty: text(sidebar.querySelector(".inncopilot-copilot-empty p")),
      cards: [...sidebar.querySelectorAll(".inncopilot-copilot-card")].map((card) => ({
        name: text(card.querySelector(".inncopilot-copilot-card-title")),
        reason: text(card.querySelector(".inncopilot-copilot-reason")),
        progress: text(card.querySelector(".inncopilot-copilot-progress span")),
        questions: [...card.querySelectorAll(".inncopilot-copilot-question")].map((item) => {
          const state = ["answered", "asked", "missing"].find((each) => item.classList.contains(`is-${each}`));
          return `${state}: ${text(item.querySelector(".inncopilot-copilot-question-text"))}`;
        }),
        stillEmpty: [...card.querySelectorAll(".inncopilot-copilot-section")].map((button) => button.textContent),
      })),
    };
  });
}

test("the venture note links to Sales strategy, so the sidebar shows its five questions, none answered", async () => {
  const page = await openPage("playground");
  const sidebar = await readSidebar(page);
  assert.equal(sidebar.hidden, false);
  assert.equal(sidebar.header, "ShowingExotic Pet Rental");
  assert.equal(sidebar.cards.length, 1);
  assert.equal(sidebar.cards[0].name, "Sales strategy");
  assert.equal(sidebar.cards[0].reason, "Linked from this note");
  assert.equal(sidebar.cards[0].progress, "0 of 5 answered");
  assert.equal(sidebar.cards[0].questions[1], `missing: ${SECOND}`);
});

test("clicking a question adds it to the note; typing an answer ticks it off and moves the progress", async () => {
  const page = await openPage("playground");
  await page.locator(".inncopilot-copilot-question-button", { hasText: SECOND }).click();
  const doc = await docText(page);
  assert.ok(doc.includes(SECOND), "the question is in the note");
  assert.equal(await cursorLine(page), "", "the cursor waits on the empty line under the question");
  await page.waitForSelector(".inncopilot-copilot-question.is-asked");

  await page.keyboard.type("Hearing of us, booking, the first night at home, bringing the animal back.");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-progress span")?.textContent === "1 of 5 answered");
  const card = (await readSidebar(page)).cards[0];
  assert.equal(card.questions[1], `answered: ${SECOND}`);
  assert.equal(card.questions.filter((question) => question.startsWith("answered")).length, 1);

  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-progress span")?.textContent === "0 of 5 answered");
});

test("with the cursor at the top of the venture note, two clicked questions go at its end, under the title, as siblings", async () => {
  const page = await openPage("playground");
  assert.equal(await page.evaluate(() => window.playground.view.state.selection.main.head), 0, "the note opens with the cursor at the top");
  const before = await docText(page);
  await page.locator(".inncopilot-copilot-question-button", { hasText: FIRST }).click();
  await page.locator(".inncopilot-copilot-question-button", { hasText: SECOND }).click();
  const doc = await docText(page);
  assert.ok(doc.startsWith(before.trimEnd()), "everything the note held stays where it was, the front matter and title first");
  const added = doc.slice(before.trimEnd().length).split("\n").filter((line) => line.trim() !== "");
  assert.deepEqual(added, [`## ${FIRST}`, `## ${SECOND}`]);
  assert.equal(await cursorLine(page), "", "the cursor waits in the second question's field");
});

test("after a worksheet is inserted, the sidebar says the profile is recorded in the note", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert profile template" }).click();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-reason")?.textContent === "Recorded in this note");
});

test("filling every field of the inserted worksheet answers all five questions, and the marks say what they mean", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert profile template" }).click();
  await page.keyboard.type("sales strategy");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-reason")?.textContent === "Recorded in this note");
  assert.equal((await readSidebar(page)).cards[0].progress, "0 of 5 answered");
  const fields = await page.evaluate(() => (window.playground.view.state.doc.toString().match(/_…_/g) ?? []).length);
  for (let i = 0; i < fields; i++) {
    await page.keyboard.type(`Answer ${i + 1}.`);
    await page.keyboard.press("Tab");
  }
  assert.doesNotMatch(await docText(page), /_…_/, "every field is filled");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-progress span")?.textContent === "5 of 5 answered");
  const card = (await readSidebar(page)).cards[0];
  assert.deepEqual(card.questions.map((question) => question.split(":")[0]), ["answered", "answered", "answered", "answered", "answered"]);

  const legend = page.getByLabel("What the marks mean");
  assert.equal(await legend.isVisible(), true, "a legend of the marks is on screen");
  assert.deepEqual(await legend.locator("span").allTextContents(), ["✓ answered", "◐ in the note, not answered yet", "○ not in the note yet"]);
  assert.equal(await page.locator(".inncopilot-copilot-status").first().getAttribute("title"), "Answered", "hovering a mark says what it means");
});

test("on the profile page itself, the sidebar lists its empty sections and jumps to one", async () => {
  const page = await openPage("playground");
  await openNote(page, "Sales strategy");
  const card = (await readSidebar(page)).cards[0];
  assert.equal(card.reason, "This note is the profile's page");
  assert.ok(card.stillEmpty.length >= 2, `empty sections: ${card.stillEmpty.join(", ")}`);
  const keys = card.stillEmpty.find((title) => /Keys/.test(title));
  assert.ok(keys, "Keys is still empty in the seed");
  await page.locator(".inncopilot-copilot-section", { hasText: keys }).click();
  assert.match(await cursorLine(page), /Keys/);
});

test("on the profile page, clicking a question jumps to where the page lists it and changes nothing", async () => {
  const page = await openPage("playground");
  await openNote(page, "Sales strategy");
  const before = await docText(page);
  await page.locator(".inncopilot-copilot-question-button", { hasText: SECOND }).click();
  assert.equal(await docText(page), before);
  assert.ok((await cursorLine(page)).includes(SECOND), "the cursor is on the page's line for that question");
});

test("pin keeps the sidebar on the venture note while another note is open; closing and the palette reopen it", async () => {
  const page = await openPage("playground");
  await page.getByRole("button", { name: "Pin: keep showing this note" }).click();
  await openNote(page, "Business Model Canvas");
  assert.equal((await readSidebar(page)).header, "Pinned toExotic Pet Rental");
  await page.getByRole("button", { name: "Unpin: follow the active note again" }).click();
  const unpinned = await readSidebar(page);
  assert.equal(unpinned.header, "ShowingBusiness Model Canvas");
  assert.match(unpinned.empty, /not about a profile yet/);

  await page.getByRole("button", { name: "Close the copilot sidebar" }).click();
  assert.equal((await readSidebar(page)).hidden, true);
  await runCommand(page, "open copilot");
  assert.equal((await readSidebar(page)).hidden, false);
});

test("a question clicked while pinned goes into the pinned note, which the editor opens", async () => {
  const page = await openPage("playground");
  await page.getByRole("button", { name: "Pin: keep showing this note" }).click();
  await openNote(page, "Customer Journey Map");
  const toolNote = await docText(page);
  await page.locator(".inncopilot-copilot-question-button", { hasText: FIRST }).click();
  assert.match(await docText(page), /# Exotic Pet Rental/);
  assert.ok((await docText(page)).includes(FIRST));
  assert.equal(await page.evaluate(() => window.playground.vault.read("Tools/Customer Journey Map.md")), toolNote, "the tool note is untouched");
});
