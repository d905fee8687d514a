// The playground on narrow screens (a phone at 400 px, a tablet at 768 px): one pane at a time, switched by tabs.
import assert from "node:assert/strict";
import { docText, openNote } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

/** The playground at `width` × 800 px. */
async function openAt(width) {
  const page = await openPage("playground");
  await page.setViewportSize({ width, height: 800 });
  return page;
}

/** The width the element matching `selector` takes on screen (0 when it is not drawn). */
function widthOf(page, selector) {
  return page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().width);
}

/** Asserts that the element matching `selector` lies wholly inside a viewport `width` wide. */
async function assertOnScreen(page, selector, width) {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is not drawn`);
  assert.ok(box.x >= 0 && box.x + box.width <= width, `${selector} spans ${box.x}–${box.x + box.width} px of ${width}`);
}

for (const width of [400, 768]) {
  test(`at ${width} px the note takes the whole width, and the tabs switch to the copilot and the note list and back`, async () => {
    const page = await openAt(width);
    const tab = (name) => page.getByRole("toolbar", { name: "Panes" }).getByRole("button", { name, exact: true });
    assert.ok(await widthOf(page, ".cm-editor") >= width - 2, `the editor is ${await widthOf(page, ".cm-editor")} px wide at ${width} px`);
    assert.equal(await widthOf(page, ".playground-sidebar"), 0, "the sidebar is not drawn beside the note");

    await tab("Copilot").click();
    assert.equal(await widthOf(page, ".cm-editor"), 0, "the note gives way to the sidebar");
    assert.ok(await widthOf(page, ".playground-sidebar") >= width - 2);
    await assertOnScreen(page, ".playground-pane-close", width);
    await page.getByRole("button", { name: "Close the copilot sidebar" }).click();
    assert.ok(await widthOf(page, ".cm-editor") >= width - 2, "closing the sidebar brings the note back");
    assert.equal(await tab("Note").getAttribute("aria-pressed"), "true");

    await tab("Copilot").click();
    assert.ok(await widthOf(page, ".playground-sidebar") >= width - 2, "the Copilot tab opens the closed sidebar");

    await tab("Notes").click();
    assert.ok(await widthOf(page, ".playground-notes") >= width - 2);
    await openNote(page, "Sales strategy");
    assert.ok(await widthOf(page, ".cm-editor") >= width - 2, "picking a note shows it");
    assert.match(await docText(page), /Sales strategy/);
  });
}

test("at 1280 px the note list, the note and the sidebar are side by side, and there are no tabs", async () => {
  const page = await openAt(1280);
  assert.equal(await page.getByRole("toolbar", { name: "Panes" }).isVisible(), false);
  const widths = { notes: await widthOf(page, ".playground-notes"), editor: await widthOf(page, ".cm-editor"), sidebar: await widthOf(page, ".playground-sidebar") };
  assert.ok(widths.notes > 100 && widths.sidebar > 200 && widths.editor > 600, JSON.stringify(widths));
});
