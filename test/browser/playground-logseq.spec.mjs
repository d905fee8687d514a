// The playground's Logseq tab as `npm start` serves it (scripts/playground-server.mjs): the Logseq plugin as built, in the
// Logseq test host, over the demo graph. One journey a newcomer takes there, with real key presses.
import assert from "node:assert/strict";
import { buildPlayground, servePlayground } from "../../scripts/playground-server.mjs";
import { openPage, test } from "./support.mjs";
import { openPickerFromSlash } from "./logseq-slash.mjs";

/** The playground served as `npm start` serves it, for the length of `fn`. */
async function withPlayground(fn) {
  const { server, url } = await servePlayground(await buildPlayground(), 0);
  try {
    await fn(url);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** The heading of the worksheet step whose field is being edited, and whether the editor has the focus. */
function editing(page) {
  return page.evaluate(() => {
    const editor = document.querySelector("textarea.editor");
    const step = editor?.closest(".block-children")?.closest(".ls-block")?.querySelector(":scope > .block-content");
    return { step: step?.textContent ?? null, focused: document.activeElement === editor };
  });
}

test("the Logseq tab: the demo graph's venture page with the copilot panel at the right in the sidebar's styles; slash command, picker, worksheet, next field by its keybinding, previous field from the command palette", async () => {
  await withPlayground(async (url) => {
    const page = await openPage("playground");
    await page.goto(url);
    await page.getByRole("link", { name: "Logseq" }).click();
    const panel = page.frameLocator("#inncopilot_iframe").locator(".inncopilot-panel");
    await panel.locator(".inncopilot-copilot-note-name", { hasText: "Exotic Pet Rental" }).waitFor();
    await panel.locator(".inncopilot-copilot-card", { hasText: "Sales strategy" }).waitFor();
    const box = await page.locator("#inncopilot_lsp_main").boundingBox();
    assert.ok(box && Math.round(box.x + box.width) === page.viewportSize().width && box.width < 400, `the panel is not pinned right: ${JSON.stringify(box)}`);
    assert.equal(await page.locator(".ls-demo-page-title").textContent(), "Exotic Pet Rental");
    // The frame carries the sidebar's stylesheet: questions are a bare list of flat, left-aligned buttons, not browser defaults.
    const question = await panel.locator(".inncopilot-copilot-question-button").first().evaluate((button) => {
      const style = getComputedStyle(button);
      return { list: getComputedStyle(button.closest("ul")).listStyleType, border: style.borderTopStyle, display: style.display };
    });
    assert.deepEqual(question, { list: "none", border: "none", display: "flex" });
    assert.ok((await page.locator(".ls-demo-pages button").allTextContents()).includes("profile-(id)/pricing_info"), "the demo graph's pages are listed");

    const chip = page.locator("details.inncopilot-tool").first();
    await chip.locator("summary").click();
    assert.equal(await chip.getAttribute("open"), "");
    assert.ok((await chip.locator(".inncopilot-tool-summary").textContent()).trim().length > 20, "the chip shows a summary");

    await openPickerFromSlash(page, /^Ideas$/);
    const offered = await page.frameLocator("#inncopilot_iframe").locator("[role=option]").allTextContents();
    assert.ok(offered.some((text) => text.startsWith("Customer channels")), `the graph's profile page is not offered: ${offered.join(" | ")}`);
    for (const name of ["Pricing", "Sales channels", "Customer segments"]) {
      assert.ok(offered.some((text) => text.startsWith(name)), `the demo graph's innBoK profile "${name}" is not offered: ${offered.join(" | ")}`);
    }
    assert.ok(!offered.some((text) => /^(Night market stall|Seed library|Price sensitivity|Cost floor|profile-\()/.test(text)), `an example, key or unnamed page is offered: ${offered.join(" | ")}`);
    await page.keyboard.type("Sales strategy");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.matches("textarea.editor"));
    assert.deepEqual(await editing(page), { step: "### Identify target customer segments", focused: true });
    const tops = await page.locator("#page > .ls-block > .block-content").allTextContents();
    assert.equal(tops[tops.indexOf("Ideas") + 1], "## Sales strategy", `the worksheet does not follow the block it was asked from: ${tops.join(" | ")}`);

    await page.keyboard.type("Families who travel");
    await page.keyboard.press("Control+Shift+N");
    await page.waitForFunction(() => document.querySelector("textarea.editor")?.closest(".block-children")?.closest(".ls-block")?.textContent.includes("Develop customer profiles"));
    await page.keyboard.press("Control+Shift+P");
    await page.keyboard.type("previous field");
    await page.keyboard.press("Enter");
    // The previous unfilled field, the first being filled now, is the last one: the worksheet's last question.
    await page.waitForFunction(() => document.querySelector("textarea.editor")?.closest(".block-children")?.closest(".ls-block")?.textContent.includes("How can we measure and track the satisfaction"));
    assert.equal((await editing(page)).focused, true);
    const first = page.locator(".ls-block", { has: page.locator(":scope > .block-content", { hasText: /^### Identify target customer segments$/ }) });
    assert.equal(await first.locator(".block-children .block-content").first().textContent(), "Families who travel");
  });
});

test("the Logseq tab's page list opens a page of the demo graph: its blocks from the page file, its title, and the copilot panel follows it and reads the innBoK profile page as Pricing with its key questions", async () => {
  await withPlayground(async (url) => {
    const page = await openPage("playground");
    await page.goto(new URL("logseq.html", url).href);
    const panel = page.frameLocator("#inncopilot_iframe").locator(".inncopilot-panel");
    await panel.locator(".inncopilot-copilot-note-name", { hasText: "Exotic Pet Rental" }).waitFor();
    await page.getByRole("button", { name: "profile-(id)/pricing_info" }).click();
    await panel.locator(".inncopilot-copilot-note-name", { hasText: "profile-(id)/pricing_info" }).waitFor();
    // The page is read as the innBoK profile it is: named readably, with its key pages' questions.
    const card = panel.locator(".inncopilot-copilot-card", { hasText: "Pricing" });
    await card.locator("text=What does one more sale cost us, materials and time together?").waitFor();
    assert.equal(await page.locator(".ls-demo-page-title").textContent(), "profile-(id)/pricing_info");
    const tops = await page.locator("#page > .ls-block > .block-content").allTextContents();
    assert.deepEqual(tops.slice(1, 3), ["## 🔍 Definition", "## 📰 Content type (offer)"]);
    assert.equal(await page.locator(".ls-demo-pages button[aria-current=true]").textContent(), "profile-(id)/pricing_info");
  });
});
