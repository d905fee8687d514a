// The playground (what `npm start` serves): the demo notes in a real CodeMirror editor, the note list and the palette.
import assert from "node:assert/strict";
import { openPage, test } from "./support.mjs";

/** The open note's text, as the editor holds it. */
function docText(page) {
  return page.evaluate(() => window.playground.view.state.doc.toString());
}

/** The text the vault holds for `path`. */
function vaultText(page, path) {
  return page.evaluate((wanted) => window.playground.vault.read(wanted), path);
}

/** Puts the cursor at the end of the first line containing `text`, by clicking there. */
async function clickAfter(page, text) {
  const line = page.locator(".cm-line", { hasText: text }).first();
  const box = await line.boundingBox();
  await line.click({ position: { x: box.width - 2, y: box.height - 4 } });
}

test("opens the venture note, and lists every demo note by folder", async () => {
  const page = await openPage("playground");
  assert.match(await docText(page), /^---\ntype: venture\n---\n# Exotic Pet Rental\n/);
  assert.deepEqual(await page.locator(".playground-folder-name").allTextContents(), ["Profiles", "Tools", "Ventures"]);
  assert.deepEqual(await page.locator(".playground-note-link").allTextContents(), [
    "Sales strategy", "Business Model Canvas", "Customer Journey Map", "Value Proposition Canvas", "Exotic Pet Rental",
  ]);
  assert.equal(await page.locator(".playground-note-link.is-active").textContent(), "Exotic Pet Rental");
});

test("draws the front matter as muted metadata, not as a heading", async () => {
  const page = await openPage("playground");
  const sizes = await page.evaluate(() => {
    const lines = [...document.querySelectorAll(".cm-line")];
    const size = (text) => parseFloat(getComputedStyle(lines.find((line) => line.textContent === text).querySelector("span") ?? lines[0]).fontSize);
    return { frontMatter: size("type: venture"), title: size("# Exotic Pet Rental") };
  });
  assert.ok(sizes.title > sizes.frontMatter * 1.3, `title ${sizes.title}px, front matter ${sizes.frontMatter}px`);
});

test("clicking a note opens it; edits stay in memory, each note with its own undo history", async () => {
  const page = await openPage("playground");
  await clickAfter(page, "Where in the rental do things go wrong");
  await page.keyboard.type(" Ask the keepers.");
  await page.getByRole("button", { name: "Sales strategy" }).click();
  assert.match(await docText(page), /^# #profile Name - Sales strategy/);
  await clickAfter(page, "Content is of type text");
  await page.keyboard.type("!");
  await page.getByRole("button", { name: "Exotic Pet Rental" }).click();

  assert.match(await docText(page), /who notices first\? Ask the keepers\.\n?$/);
  assert.match(await vaultText(page, "Profiles/Sales strategy.md"), /Content is of type text!/);
  await page.keyboard.press("Control+z");
  assert.match(await docText(page), /who notices first\?\n?$/);
  assert.match(await vaultText(page, "Profiles/Sales strategy.md"), /Content is of type text!/, "undo in one note leaves the other alone");
});

test("Ctrl-P opens the palette; a fuzzy query and Enter run a command, Escape closes it and typing goes back to the note", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+p");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await page.keyboard.type("tgl thm");
  assert.deepEqual(await palette.getByRole("option").allTextContents(), ["Toggle light and dark theme"]);
  const before = await page.evaluate(() => document.body.className);
  await page.keyboard.press("Enter");
  assert.equal(await palette.count(), 0);
  const after = await page.evaluate(() => document.body.className);
  assert.notEqual(after, before);
  assert.match(after, /theme-(light|dark)/);

  await page.keyboard.press("Control+p");
  await page.keyboard.type("zzzz");
  assert.equal(await palette.getByRole("option").count(), 0);
  assert.equal(await palette.getByRole("listbox").textContent(), "No match.");
  await page.keyboard.press("Escape");
  assert.equal(await palette.count(), 0);
  await page.keyboard.type("X");
  assert.match(await docText(page), /X/);
});

test("the dark theme changes the page's colours, and the toggle switches back", async () => {
  const page = await openPage("playground");
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector(".cm-editor")).backgroundColor);
  await page.evaluate(() => document.body.classList.replace("theme-dark", "theme-light"));
  const light = await background();
  await page.getByRole("button", { name: "Dark theme" }).click();
  const dark = await background();
  assert.notEqual(dark, light);
  await page.getByRole("button", { name: "Light theme" }).click();
  assert.equal(await background(), light);
});
