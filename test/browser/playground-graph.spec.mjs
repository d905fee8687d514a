// The playground's demo graph (demo-vault/graph/): its profiles in the picker by readable name, a worksheet with the
// key questions heaviest key first, and the sidebar on a graph profile page with a key's risks one click away.
import assert from "node:assert/strict";
import { docText, openNote, runCommand } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

test("the picker lists the graph's three profiles by readable name, and none of its key, example or other pages", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert profile template" }).click();
  const picker = page.getByRole("dialog", { name: "Insert profile template" });
  const names = await picker.getByRole("option").evaluateAll((options) => options.map((option) => option.firstChild.textContent));
  for (const name of ["Customer segments", "Pricing", "Sales channels", "Sales strategy"]) assert.ok(names.includes(name), `${name} is offered`);
  assert.equal(names.filter((name) => /___|profile-\(id\)|Price sensitivity|Night market|^Offer$|^Revenue$|guide|2026/i.test(name)).length, 0, names.join(", "));
  await page.keyboard.press("Escape");
});

test("inserting Pricing gives its steps, then its key questions heaviest key first, with no embed markup", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert profile template" }).click();
  await page.keyboard.type("pricing");
  await page.keyboard.press("Enter");
  const text = await docText(page);
  const order = ["## Pricing", "### Set the anchor price", "### Bundle for groups", "### Cost floor", "### Price sensitivity", "#### How much would a customer pay before walking away?"];
  const at = order.map((line) => text.indexOf(line));
  assert.ok(at.every((index) => index !== -1), `every part is there: ${at}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, "in this order");
  assert.doesNotMatch(text, /\{\{embed|\[\[\*\*\]\]|profile-\(id\)/);
});

test("on a graph profile page the sidebar names it readably, groups its key questions and folds the key's risks", async () => {
  const page = await openPage("playground");
  await runCommand(page, "open copilot");
  await openNote(page, "profile-(id)___pricing_info");
  const card = page.locator(".inncopilot-copilot-card").first();
  await card.locator(".inncopilot-copilot-card-title", { hasText: "Pricing" }).waitFor();
  assert.deepEqual(await card.locator(".inncopilot-copilot-group").allTextContents(), ["Cost floor · weight 60", "Price sensitivity · weight 35"]);
  const risks = card.locator(".inncopilot-copilot-risks");
  assert.equal(await risks.locator(".inncopilot-copilot-risk").first().isVisible(), false, "risks start folded");
  await risks.locator("summary").click();
  assert.match(await risks.textContent(), /Price war.*Mitigation: Compete on a feature the rival cannot copy quickly\..*Contingency: Retreat/s);
});
