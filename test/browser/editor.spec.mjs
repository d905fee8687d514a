// The editor page: real key presses and clicks in a real CodeMirror 6 editor with undo history and Markdown.
import assert from "node:assert/strict";
import { openPage, test } from "./support.mjs";

/** The document text and the text of each line drawn on screen. */
function readEditor(page) {
  return page.evaluate(() => ({
    doc: window.editorPage.view.state.doc.toString(),
    lines: [...document.querySelectorAll(".cm-content .cm-line")].map((line) => line.textContent),
  }));
}

/** How the text `fragment` is drawn: its font weight and style, read from the element around it. */
function styleOf(page, fragment) {
  return page.evaluate((wanted) => {
    const line = [...document.querySelectorAll(".cm-line")].find((each) => each.textContent.includes(wanted));
    const holder = [...line.querySelectorAll("*")].reverse().find((each) => each.textContent.includes(wanted)) ?? line;
    const style = getComputedStyle(holder);
    return { weight: style.fontWeight, italic: style.fontStyle === "italic" };
  }, fragment);
}

test("typed text lands in the note and is drawn one line per line", async () => {
  const page = await openPage("editor");
  await page.keyboard.type("# Exotic pets");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Rent a tortoise for the weekend.");

  assert.deepEqual(await readEditor(page), {
    doc: "# Exotic pets\nRent a tortoise for the weekend.",
    lines: ["# Exotic pets", "Rent a tortoise for the weekend."],
  });
});

test("Markdown shows: the heading and strong text are bold, emphasis is italic, plain text is neither", async () => {
  const page = await openPage("editor");
  await page.keyboard.type("# Pets");
  await page.keyboard.press("Enter");
  await page.keyboard.type("A **calm** and *curious* iguana");

  assert.equal((await styleOf(page, "Pets")).weight, "700");
  assert.equal((await styleOf(page, "calm")).weight, "700");
  assert.equal((await styleOf(page, "curious")).italic, true);
  assert.deepEqual(await styleOf(page, "iguana"), { weight: "400", italic: false });
});

test("Enter continues a Markdown list with a new bullet", async () => {
  const page = await openPage("editor");
  await page.keyboard.type("- iguana");
  await page.keyboard.press("Enter");
  await page.keyboard.type("python");

  assert.deepEqual((await readEditor(page)).lines, ["- iguana", "- python"]);
});

test("Ctrl-Z undoes the typing but never the opened note, and Ctrl-Shift-Z redoes it", async () => {
  const page = await openPage("editor");
  await page.evaluate(() => window.editorPage.openNote("# Pets\nA calm iguana."));
  await page.keyboard.type(" It likes warmth.");
  assert.equal((await readEditor(page)).doc, "# Pets\nA calm iguana. It likes warmth.");

  await page.keyboard.press("Control+z");
  assert.deepEqual(await readEditor(page), { doc: "# Pets\nA calm iguana.", lines: ["# Pets", "A calm iguana."] });
  await page.keyboard.press("Control+z");
  assert.equal((await readEditor(page)).doc, "# Pets\nA calm iguana.");

  await page.keyboard.press("Control+Shift+z");
  assert.deepEqual((await readEditor(page)).lines, ["# Pets", "A calm iguana. It likes warmth."]);
});

test("clicking after the end of a line puts the cursor there", async () => {
  const page = await openPage("editor");
  await page.evaluate(() => window.editorPage.openNote("Tortoise\nAxolotl"));
  const first = page.locator(".cm-line").first();
  const box = await first.boundingBox();
  await first.click({ position: { x: box.width - 5, y: box.height / 2 } });
  await page.keyboard.type("s");

  assert.deepEqual((await readEditor(page)).lines, ["Tortoises", "Axolotl"]);
});
