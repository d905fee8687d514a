// The suggest list tells its caller which item is highlighted as the query and the arrows move it (the Logseq picker
// builds that profile's worksheet ahead, src/logseq/worksheet-ahead.ts), and Enter chooses that same item.
import assert from "node:assert/strict";
import { openPage, test } from "./support.mjs";

test("reports the highlighted item after each query change and arrow key, none while nothing matches, and Enter chooses it", async () => {
  const page = await openPage("suggest-list");
  const input = page.locator(".test-suggest-input");
  await input.waitFor();
  assert.equal(await page.evaluate(() => window.suggestPage.highlighted.at(-1)), "Sales strategy");
  await input.type("pric");
  assert.equal(await page.evaluate(() => window.suggestPage.highlighted.at(-1)), await page.locator(".test-suggest-item.is-selected .test-suggest-label").textContent());
  await page.keyboard.press("ArrowDown");
  const selected = await page.locator(".test-suggest-item.is-selected .test-suggest-label").textContent();
  assert.equal(await page.evaluate(() => window.suggestPage.highlighted.at(-1)), selected);
  const before = await page.evaluate(() => window.suggestPage.highlighted.length);
  await input.fill("zzzz");
  assert.equal(await page.locator(".test-suggest-empty").count(), 1);
  assert.equal(await page.evaluate(() => window.suggestPage.highlighted.length), before);
  await input.fill("partn");
  assert.equal(await page.evaluate(() => window.suggestPage.highlighted.at(-1)), "Partners");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => window.suggestPage.chosen), "Partners");
});
