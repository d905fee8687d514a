// The typing fix: characters typed at machine speed while the editor scrolls all land in order, the cursor after them.
import assert from "node:assert/strict";
import { openPage, test } from "./support.mjs";

test("typed at machine speed into a selection the editor has just scrolled to, every character lands in order (40 rounds)", async () => {
  const page = await openPage("typing-before-scroll");
  const typed = "Families, schools and photographers.";
  const misplaced = [];
  for (let round = 1; round <= 40; round++) {
    await page.evaluate(() => window.typingPage.jump(200, 150));
    await page.keyboard.type(typed);
    const state = await page.evaluate(() => {
      const { state } = window.typingPage.view;
      const line = state.doc.line(150);
      return { text: line.text, cursor: state.selection.main.head - line.from };
    });
    if (state.text !== typed || state.cursor !== typed.length) misplaced.push(`round ${round}: ${state.text} (cursor at ${state.cursor})`);
  }
  assert.deepEqual(misplaced, []);
});
