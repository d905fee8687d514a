// The Logseq plugin as built (dist/logseq) with the real SDK 0.2.12, inside our test host (pages/logseq-host.ts), which
// speaks the SDK's postMessage protocol over an in-memory graph and sanitises provideUI templates with DOMPurify 2.3.8
// (the 0.10.x host) or 3.x (newer hosts). Every journey runs under both.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openPage, test } from "./support.mjs";
import { openPickerFromSlash } from "./logseq-slash.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
execFileSync(process.execPath, ["scripts/build-logseq.mjs"], { cwd: ROOT, stdio: "ignore" });
mkdirSync(new URL("./dist/logseq-plugin", import.meta.url), { recursive: true });
cpSync(new URL("../../dist/logseq", import.meta.url), new URL("./dist/logseq-plugin", import.meta.url), { recursive: true });

const VENTURE = "Exotic Pet Rental";
const HOSTILE = `Our <img src=x onerror="window.__pwned='img'"> canvas <svg onload="window.__pwned='svg'"></svg> <a href="javascript:window.__pwned='link'">open</a> <a data-on-click="#lspmsg#ready#" data-pid="evil">click</a>`;
const GRAPH = {
  [VENTURE]: [{ content: "We rent animals for a weekend." }, { content: "Ideas" }],
  "Launch plan": [{ content: "We sell through [[Sales strategy]]." }],
  "Business Model Canvas": [{ content: `summary:: ${HOSTILE}` }],
  "Profiles/Hostile pricing": [
    { content: "## 🔍 Definition", children: [{ content: `Prices <img src=x onerror="parent.__pwned='picker'"> for <svg onload="parent.__pwned='picker-svg'"></svg> everyone` }] },
    { content: "## 🤖 innCoPilot", children: [{ content: `What <a href="javascript:parent.__pwned='q'">do</a> they pay?` }] },
  ],
};

/** The host page with the plugin connected and its commands registered, on the venture page. */
async function host(purify) {
  const page = await openPage("logseq-host");
  // The desktop app's Electron grants every permission request, clipboard writes included, since Logseq 0.10.x sets
  // no permission handler (nothing in logseq/logseq's src/electron calls setPermissionRequestHandler); headless
  // Chromium refuses them unless granted, so the host page grants what the app would.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${page.url()}?purify=${purify}`);
  await page.waitForFunction(() => window.logseqHost?.state.slash.length > 0 && window.logseqHost.state.commands.length >= 3);
  await page.evaluate(([graph, route]) => window.logseqHost.open(graph, route), [GRAPH, VENTURE]);
  return page;
}

/** Opens the picker from the block holding `text` (see openPickerFromSlash) and picks `profile`. */
async function insertFrom(page, text, profile) {
  await openPickerFromSlash(page, text);
  await page.keyboard.type(profile);
  await page.keyboard.press("Enter");
}

function calls(page, method) {
  return page.evaluate((name) => window.logseqHost.state.calls.filter((call) => call.method === name), method);
}

/** The heading of the step whose field is being edited, and the editor's text. */
function editing(page) {
  return page.evaluate(() => {
    const editor = document.querySelector("textarea.editor");
    const step = editor?.closest(".block-children")?.closest(".ls-block")?.querySelector(":scope > .block-content");
    return { step: step?.textContent ?? null, focused: document.activeElement === editor, text: editor?.value ?? null };
  });
}

for (const purify of ["2", "3"]) {
  test(`DOMPurify ${purify}: slash command, picker, the worksheet as blocks in one insertBatchBlock, then next field by its keybinding`, async () => {
    const page = await host(purify);
    await insertFrom(page, "Ideas", "Sales");
    await page.waitForFunction(() => document.querySelector("textarea.editor") && document.activeElement?.matches("textarea.editor"));
    assert.equal((await calls(page, "insertbatchblock")).length, 1);
    const transactions = await page.evaluate(() => window.logseqHost.store.transactions.map((each) => each.op));
    assert.deepEqual(transactions.filter((op) => op === "insert-blocks"), ["insert-blocks"]);
    const tops = await page.evaluate(() => window.logseqHost.tree().map((block) => block.content.split("\n")[0]));
    assert.deepEqual(tops, ["We rent animals for a weekend.", "Ideas", "## Sales strategy"]);
    assert.deepEqual(await editing(page), { step: "### Identify target customer segments", focused: true, text: "" });
    await page.keyboard.type("Families who travel");
    await page.keyboard.press("Control+Shift+N");
    await page.waitForFunction(() => document.querySelector("textarea.editor")?.closest(".block-children")?.closest(".ls-block")?.textContent.includes("Develop customer profiles"));
    assert.deepEqual(await editing(page), { step: "### Develop customer profiles", focused: true, text: "" });
    const first = await page.evaluate(() => window.logseqHost.tree()[2].children.find((block) => block.content.startsWith("### Identify")).children[0].content);
    assert.match(first, /^Families who travel\nid:: /);
    await page.keyboard.press("Control+Shift+B");
    await page.waitForFunction(() => document.querySelector("textarea.editor")?.closest(".block-children")?.closest(".ls-block")?.textContent.includes("How can we measure and track the satisfaction"));
  });

  test(`DOMPurify ${purify}: a tool chip folds open, shows the tool page's summary as text, and its hostile markup never runs`, async () => {
    const page = await host(purify);
    await insertFrom(page, "Ideas", "Sales");
    const chip = page.locator("details.inncopilot-tool").filter({ has: page.locator("summary", { hasText: /^ⓘ Business Model Canvas$/ }) });
    await chip.waitFor();
    assert.equal(await chip.getAttribute("open"), null);
    await chip.locator("summary").click();
    assert.equal(await chip.getAttribute("open"), "");
    assert.ok((await chip.locator(".inncopilot-tool-summary").textContent()).includes(`onerror="window.__pwned='img'"`));
    assert.equal(await chip.locator("img, svg, a, [data-on-click]").count(), 0);
    await chip.locator(".inncopilot-tool-summary").click();
    await page.waitForTimeout(100);
    assert.deepEqual(await page.evaluate(() => window.logseqHost.state.modelCalls), []);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.ok((await page.locator("details.inncopilot-tool").count()) >= 4);
  });

  test(`DOMPurify ${purify}: a profile's hostile text is shown as text in the picker and inserted as text`, async () => {
    const page = await host(purify);
    await insertFrom(page, "Ideas", "Hostile");
    await page.waitForFunction(() => window.logseqHost.tree().length === 3);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    const frame = page.frameLocator("#inncopilot_iframe");
    assert.equal(await frame.locator("img, svg").count(), 0);
    const definition = await page.evaluate(() => window.logseqHost.tree()[2].children[0].content);
    assert.ok(definition.includes(`<img src=x onerror="parent.__pwned='picker'">`));
  });
}

/** The copilot panel in the plugin's frame. */
function panel(page) {
  return page.frameLocator("#inncopilot_iframe").locator(".inncopilot-panel");
}

test("the copilot panel: the toolbar item toggles it at the right, it follows a route change and a block edit, a question click adds its answer block, pin holds it, copy prompt copies", async () => {
  const page = await host("3");
  await page.locator("#toolbar [data-on-click]").click();
  await panel(page).locator(".inncopilot-copilot-note-name", { hasText: VENTURE }).waitFor();
  assert.equal(await page.evaluate(() => document.getElementById("inncopilot_lsp_main").hidden), false);
  const box = await page.locator("#inncopilot_lsp_main").boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  assert.ok(box && box.width === 360 && Math.round(box.x + box.width) === width, `the panel is not pinned right: ${JSON.stringify(box)}`);
  assert.ok((await panel(page).textContent()).includes("This note is not about a profile yet"));

  await page.evaluate(() => window.logseqHost.go("Launch plan"));
  await panel(page).locator(".inncopilot-copilot-note-name", { hasText: "Launch plan" }).waitFor();
  await panel(page).locator(".inncopilot-copilot-card", { hasText: "Sales strategy" }).waitFor();

  await page.evaluate((venture) => window.logseqHost.go(venture), VENTURE);
  await panel(page).locator(".inncopilot-copilot-note-name", { hasText: VENTURE }).waitFor();
  await page.locator(".block-content", { hasText: "Ideas" }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" from [[Sales strategy]]");
  await panel(page).locator(".inncopilot-copilot-card", { hasText: "Sales strategy" }).waitFor();
  assert.deepEqual(await calls(page, "insertbatchblock"), []);

  const question = panel(page).locator(".inncopilot-copilot-question-button").first();
  const asked = (await question.locator(".inncopilot-copilot-question-text").textContent()).trim();
  await question.click();
  await page.waitForFunction(() => document.activeElement?.matches("textarea.editor"));
  assert.equal((await calls(page, "insertbatchblock")).length, 1);
  const tops = await page.evaluate(() => window.logseqHost.tree().map((block) => block.content.split("\n")[0]));
  assert.deepEqual(tops, ["We rent animals for a weekend.", "Ideas from [[Sales strategy]]", `### ${asked}`]);
  assert.deepEqual(await editing(page), { step: `### ${asked}`, focused: true, text: "" });

  await panel(page).locator(".inncopilot-copilot-pin").click();
  await page.evaluate(() => window.logseqHost.go("Launch plan"));
  await page.waitForTimeout(400);
  assert.equal((await panel(page).locator(".inncopilot-copilot-note-name").textContent()).trim(), VENTURE);
  await panel(page).locator(".inncopilot-copilot-copy").first().click();
  await page.waitForFunction(() => window.logseqHost.state.messages.length > 0);
  assert.deepEqual(await page.evaluate(() => window.logseqHost.state.messages), ["Prompt for Sales strategy copied: paste it into any AI assistant."]);

  await page.locator("#toolbar [data-on-click]").click();
  await page.waitForFunction(() => document.getElementById("inncopilot_lsp_main").hidden);
});

test("Embed tool summaries as text from the command palette: one insertBatchBlock, one transaction, the summaries last in the Tools section, the user's words kept", async () => {
  const page = await host("2");
  const pricing = [{ content: "### Tools", children: [{ content: "[[Price ladder]]" }, { content: "[[Business Model Canvas]]", children: [{ content: "Our own notes" }] }] }];
  const ladder = [{ content: "## Definition", children: [{ content: "Prices from cheapest to dearest." }] }];
  await page.evaluate(([graph]) => window.logseqHost.open(graph, "Tooled venture"), [{ "Tooled venture": [{ content: "## Pricing", children: pricing }], "Price ladder": ladder }]);
  const before = await page.evaluate(() => window.logseqHost.store.transactions.length);
  await page.evaluate(() => window.logseqHost.palette("Embed tool summaries as text"));
  await page.waitForFunction(() => window.logseqHost.state.messages.length > 0);
  assert.deepEqual(await page.evaluate(() => window.logseqHost.state.messages), ["Embedded 1 summary; kept 1 that you wrote."]);
  assert.equal((await calls(page, "insertbatchblock")).length, 1);
  assert.deepEqual(await page.evaluate((from) => window.logseqHost.store.transactions.slice(from), before), [{ op: "insert-blocks", blocks: 2 }]);
  const tools = await page.evaluate(() => window.logseqHost.tree()[0].children[0].children.map((block) => [block.content, block.children.map((child) => child.content)]));
  assert.deepEqual(tools, [
    ["[[Price ladder]]", []],
    ["[[Business Model Canvas]]", ["Our own notes"]],
    ["Tool summaries", ["**Price ladder**: Prices from cheapest to dearest."]],
  ]);
  // The host opens the last block a batch inserted for editing (edit-last-block-after-inserted!): the last summary.
  await page.waitForFunction(() => document.querySelector("textarea.editor")?.value === "**Price ladder**: Prices from cheapest to dearest.");
});

test("the copilot panel on a profile page: a click on an empty section opens that section's block for editing, and writes nothing", async () => {
  const page = await host("3");
  const channels = [
    { content: "tags:: profile" },
    { content: "## 🔍 Definition", children: [{ content: "How a venture reaches its customers." }] },
    { content: "## Description" },
    { content: "## 🤖 innCoPilot", children: [{ content: "Which channel do customers trust?" }] },
  ];
  await page.evaluate(([graph]) => window.logseqHost.open(graph, "Profiles/Channels"), [{ "Profiles/Channels": channels }]);
  await page.locator("#toolbar [data-on-click]").click();
  const button = panel(page).locator(".inncopilot-copilot-section", { hasText: "Description" });
  await button.waitFor();
  const before = await page.evaluate(() => window.logseqHost.store.transactions.length);
  await button.click();
  await page.waitForFunction(() => document.activeElement?.matches("textarea.editor"));
  assert.equal(await page.evaluate(() => document.querySelector("textarea.editor").value), "## Description");
  assert.equal(await page.evaluate(() => window.logseqHost.store.transactions.length), before);
  assert.deepEqual(await calls(page, "insertbatchblock"), []);
});

test("a second worksheet of the same profile: the shared question in the plugin's frame; Enter goes to the first one, Insert another inserts", async () => {
  const page = await host("2");
  await insertFrom(page, "Ideas", "Sales");
  await page.waitForFunction(() => window.logseqHost.tree().length === 3 && document.activeElement?.matches("textarea.editor"));
  await insertFrom(page, "We rent animals", "Sales");
  const question = page.frameLocator("#inncopilot_iframe").locator(".inncopilot-question");
  await question.waitFor();
  assert.equal((await question.locator("h2").textContent()).trim(), "This worksheet is already in the note");
  assert.ok((await question.textContent()).includes('This note already has a worksheet for "Sales strategy".'));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("textarea.editor")?.value === "## Sales strategy");
  assert.equal((await calls(page, "insertbatchblock")).length, 1);
  assert.equal(await page.evaluate(() => document.getElementById("inncopilot_lsp_main").hidden), true);

  await insertFrom(page, "Ideas", "Sales");
  await question.locator("button", { hasText: "Insert another" }).click();
  await page.waitForFunction(() => window.logseqHost.tree().length === 4);
  assert.equal((await calls(page, "insertbatchblock")).length, 2);
});

test("the picker is the playground's suggest list: fuzzy matches marked, each profile's definition and source under it", async () => {
  const page = await host("3");
  const frame = await openPickerFromSlash(page, "Ideas");
  await page.keyboard.type("slsstr");
  const first = frame.locator(".inncopilot-suggest-item").first();
  assert.equal((await first.locator(".inncopilot-suggest-label").textContent()).trim(), "Sales strategy");
  assert.equal(await first.getAttribute("class"), "inncopilot-suggest-item is-selected");
  assert.deepEqual(await first.locator("mark").allTextContents(), ["S", "l", "s", "str"]);
  assert.match(await first.locator(".inncopilot-suggest-detail").textContent(), / · Bundled with innCoPilot$/);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.getElementById("inncopilot_lsp_main").hidden);
});

test("Escape in the picker inserts nothing and hides the plugin's frame again", async () => {
  const page = await host("3");
  await openPickerFromSlash(page, "Ideas");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.getElementById("inncopilot_lsp_main").hidden);
  assert.deepEqual(await calls(page, "insertbatchblock"), []);
  assert.equal(await page.evaluate(() => window.logseqHost.tree().length), 2);
});

test("from the empty block a slash command leaves, the worksheet goes before it, in one call, and the empty block follows it", async () => {
  const page = await host("2");
  await page.evaluate(() => window.logseqHost.open({ "Empty ending": [{ content: "First thoughts" }, { content: "" }] }, "Empty ending"));
  await page.locator(".block-content").nth(1).click();
  await page.keyboard.type("/Insert");
  await page.keyboard.press("Enter");
  await page.frameLocator("#inncopilot_iframe").locator(".inncopilot-suggest-input").waitFor();
  await page.keyboard.type("Sales");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.logseqHost.tree().length === 3);
  const tops = await page.evaluate(() => window.logseqHost.tree().map((block) => block.content.split("\n")[0]));
  assert.deepEqual(tops, ["First thoughts", "## Sales strategy", ""]);
  assert.equal((await calls(page, "insertbatchblock")).length, 1);
  assert.deepEqual(await calls(page, "removeblock"), []);
});

test("figures: the seed's worksheet from the picker's Enter to blocks in the store, beside one bare insertBatchBlock of the same tree; the frame hides after", async () => {
  const page = await host("2");
  await openPickerFromSlash(page, "Ideas");
  const plugin = page.frames().find((frame) => frame.url().includes("logseq-plugin/index.html"));
  await plugin.evaluate(() => document.addEventListener("keydown", (event) => {
    if (event.key === "Enter") window.__enterAt = performance.timeOrigin + performance.now();
  }, true));
  await page.keyboard.type("Sales");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.logseqHost.state.hiddenAt > 0);
  const enterAt = await plugin.evaluate(() => window.__enterAt);
  const [insert] = await calls(page, "insertbatchblock");
  const figures = await page.evaluate(([batch, enter]) => {
    const { hiddenAt, insertedAt } = window.logseqHost.state;
    const bare = [];
    for (let i = 0; i < 5; i++) bare.push(window.logseqHost.bareInsert(batch));
    bare.sort((a, b) => a - b);
    return { command: insertedAt + performance.timeOrigin - enter, hiddenAfter: hiddenAt - insertedAt, bare: bare[2] };
  }, [insert.args[1], enterAt]);
  console.log(`        figures: the picker's Enter → blocks in store ${figures.command.toFixed(2)} ms; one bare insertBatchBlock of the same tree ${figures.bare.toFixed(2)} ms (median of 5)`);
  assert.ok(figures.command > 0 && figures.command < 1000, `the insertion took ${figures.command} ms`);
  // The picker and the frame go only once the worksheet is in: the user never sees the page without it.
  assert.ok(figures.hiddenAfter >= 0, `the frame hid ${-figures.hiddenAfter} ms before the insertion`);
});
