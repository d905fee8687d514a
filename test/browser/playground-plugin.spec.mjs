// The playground offers what the plugin offers: every command the Obsidian plugin registers, its settings tab, new notes,
// and links that open their note by click or Ctrl-click.
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cursorLine, docText, openNote, runCommand, showLine, vaultText } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The names of every command src/obsidian registers, read from its source (a constant name is looked up in src/core, a local one in its file). */
async function pluginCommandNames() {
  const folders = ["src/obsidian/commands", "src/obsidian/tool-links", "src/obsidian/sidebar"];
  const constants = await readFile(path.join(ROOT, "src/core/tools/embed-message.ts"), "utf8");
  const names = [];
  for (const folder of folders) {
    for (const file of await readdir(path.join(ROOT, folder))) {
      const text = await readFile(path.join(ROOT, folder, file), "utf8");
      for (const match of text.matchAll(/id: "[^"]+",\s*name: ("([^"]+)"|([A-Z_]+)|([a-z]\w*))/g)) {
        names.push(match[2] ?? new RegExp(`${match[3] ?? match[4]} = "([^"]+)"`).exec(match[3] ? constants : text)[1]);
      }
      for (const match of text.matchAll(/fieldCommand\("\w+", "[^"]+", "([^"]+)"\)/g)) names.push(match[1]);
      for (const match of text.matchAll(/editorCommand\("[^"]+", "([^"]+)"/g)) names.push(match[1]);
    }
  }
  return names.sort();
}

/** The palette's options for `query`. */
async function paletteOptions(page, query) {
  await page.keyboard.press("Control+p");
  await page.keyboard.type(query);
  const options = await page.getByRole("dialog", { name: "Command palette" }).getByRole("option").allTextContents();
  await page.keyboard.press("Escape");
  return options;
}

function notices(page) {
  return page.locator(".playground-notice").allTextContents();
}

function openPath(page) {
  return page.evaluate(() => document.querySelector(".playground-note-link.is-active")?.getAttribute("data-path") ?? null);
}

test("every command the Obsidian plugin registers is in the palette under the same name", async () => {
  const names = await pluginCommandNames();
  assert.ok(names.length >= 10, `the plugin's commands were found in its source (${names.join(", ")})`);
  for (const name of ["Create profile note", "Pin or unpin the copilot sidebar", "Replace tool summaries you wrote"]) assert.ok(names.includes(name), name);
  const page = await openPage("playground");
  for (const name of names) assert.ok((await paletteOptions(page, name)).includes(name), `“${name}” is in the palette`);
});

test("Create profile note asks for a name and a definition, writes the page and opens it; the same name again opens it and overwrites nothing", async () => {
  const page = await openPage("playground");
  await runCommand(page, "create profile note");
  const form = page.getByRole("dialog", { name: "Create profile note" });
  await form.getByLabel("Name").fill("Partner strategy");
  await form.getByLabel("Definition").fill("Which partners a venture works with, and why");
  await form.getByLabel("Definition").press("Enter");
  assert.equal(await form.count(), 0);
  const created = await openPath(page);
  assert.match(created, /^Profiles\/.*partner strategy\.md$/i);
  assert.match(await docText(page), /Which partners a venture works with, and why/);
  assert.equal(await page.getByRole("navigation", { name: "Notes" }).getByRole("button", { name: /partner strategy/i }).count(), 1);

  await page.keyboard.type("Our own words. ");
  const written = await vaultText(page, created);
  await openNote(page, "Exotic Pet Rental");
  await runCommand(page, "create profile note");
  await form.getByLabel("Name").fill("Partner strategy");
  await form.getByLabel("Name").press("Enter");
  assert.equal(await openPath(page), created);
  assert.equal(await vaultText(page, created), written);
  assert.match((await notices(page)).at(-1), /already exists, so it was not overwritten/);

  await runCommand(page, "create profile note");
  await form.getByLabel("Name").fill("Bad/name");
  await form.getByLabel("Name").press("Enter");
  assert.match(await form.getByRole("alert").textContent(), /cannot contain "\/"/);
});

test("Pin or unpin the copilot sidebar keeps it on the venture while another note is open, and unpinning follows again", async () => {
  const page = await openPage("playground");
  const sidebar = page.getByRole("complementary", { name: "Copilot sidebar" });
  const heading = () => sidebar.locator(".inncopilot-copilot-note-label").first().textContent();
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-note-label") !== null);
  await runCommand(page, "pin or unpin");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-note-label")?.textContent === "Pinned to");
  await openNote(page, "Sales strategy");
  assert.equal(await heading(), "Pinned to");
  assert.match(await sidebar.textContent(), /Exotic Pet Rental/);
  await runCommand(page, "pin or unpin");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-note-label")?.textContent === "Showing");
  await page.waitForFunction(() => /Sales strategy/.test(document.querySelector(".inncopilot-copilot-note")?.textContent ?? document.querySelector(".playground-sidebar").textContent));
});

test("Replace tool summaries you wrote writes the tools' summaries over the profile's own, as one undo step, after Embed pointed to it", async () => {
  const page = await openPage("playground");
  await openNote(page, "Sales strategy");
  const before = await docText(page);
  await runCommand(page, "embed tool summaries");
  assert.match((await notices(page)).at(-1), /To replace them, run “Replace tool summaries you wrote”\.$/);
  assert.equal(await docText(page), before);
  await runCommand(page, "replace tool summaries");
  const after = await docText(page);
  assert.notEqual(after, before);
  assert.match((await notices(page)).at(-1), /^Replaced \d+ summaries that you wrote\.$/);
  await page.keyboard.press("Control+z");
  assert.equal(await docText(page), before);
});

test("inserting a worksheet the note already has asks first: go to it, insert another, or cancel", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+End");
  await runCommand(page, "insert prof", "sales str");
  const once = await docText(page);
  const question = page.getByRole("dialog", { name: "This worksheet is already in the note" });

  await runCommand(page, "insert prof", "sales str");
  assert.match(await question.textContent(), /already has a worksheet for "Sales strategy"/);
  await question.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await docText(page), once);

  await page.keyboard.press("Control+End");
  await runCommand(page, "insert prof", "sales str");
  await page.keyboard.press("Enter");
  assert.equal(await question.count(), 0);
  assert.equal(await docText(page), once, "going to the worksheet writes nothing");
  assert.match(await cursorLine(page), /Sales strategy/);

  await runCommand(page, "insert prof", "sales str");
  await question.getByRole("button", { name: "Insert another" }).click();
  const twice = await docText(page);
  assert.equal(twice.split("Sales strategy").length - once.split("Sales strategy").length > 0, true, "a second worksheet went in");
});

test("the settings tab shows the plugin's rows; switching off tool summaries takes the chips away, and a worksheet template is used once set", async () => {
  const page = await openPage("playground");
  await showLine(page, "Open questions we are working through with");
  const chips = page.locator(".cm-content .inncopilot-tool-chip");
  assert.equal(await chips.count(), 3);
  await page.getByRole("button", { name: "Settings" }).click();
  const tab = page.getByRole("dialog", { name: "innCoPilot settings" });
  for (const row of ["Profiles folder", "Graph folder", "Page format", "Worksheet template", "Profile page template", "Tools folder", "Show tool summaries", "Expand summaries by default"]) {
    assert.equal(await tab.getByLabel(row, { exact: true }).count(), 1, row);
  }
  await tab.getByLabel("Show tool summaries").uncheck();
  await page.waitForFunction(() => document.querySelectorAll(".cm-content .inncopilot-tool-chip").length === 0);
  await tab.getByLabel("Show tool summaries").check();
  await page.waitForFunction(() => document.querySelectorAll(".cm-content .inncopilot-tool-chip").length === 3);

  await tab.getByLabel("Worksheet template").fill("Templates/worksheet.hbs");
  assert.match(await tab.textContent(), /No file at "Templates\/worksheet\.hbs" yet/);
  await page.keyboard.press("Escape");
  assert.equal(await tab.count(), 0);
  await page.evaluate(() => window.playground.vault.write("Templates/worksheet.hbs", "## {{name}} in our words\n\n{{quotedDefinition}}\n"));
  await page.keyboard.press("Control+End");
  await runCommand(page, "insert prof", "sales str");
  assert.match(await docText(page), /## Sales strategy in our words/);
});

test("New note makes an Untitled note and opens it, and a second one gets the next free name", async () => {
  const page = await openPage("playground");
  await page.getByRole("button", { name: "New note" }).click();
  assert.equal(await openPath(page), "Untitled.md");
  assert.equal(await docText(page), "");
  await page.keyboard.type("A first thought");
  assert.equal(await vaultText(page, "Untitled.md"), "A first thought");
  await page.getByRole("button", { name: "New note" }).click();
  assert.equal(await openPath(page), "Untitled 1.md");
  assert.equal(await vaultText(page, "Untitled.md"), "A first thought");
});

/** Clicks the middle of the text `text` in the editor, with `modifiers` held. */
async function clickText(page, text, modifiers) {
  await showLine(page, text);
  const box = await page.evaluate((wanted) => {
    const { view } = window.playground;
    const at = view.state.doc.toString().indexOf(wanted) + Math.floor(wanted.length / 2);
    const rect = view.coordsAtPos(at);
    return { x: rect.left + 1, y: (rect.top + rect.bottom) / 2 };
  }, text);
  await page.mouse.move(box.x, box.y);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.down();
  await page.mouse.up();
  for (const key of modifiers) await page.keyboard.up(key);
}

test("Ctrl-click on a link in the editor opens its note; a plain click only places the cursor; a link to a missing note creates it", async () => {
  const page = await openPage("playground");
  await clickText(page, "[[Sales strategy]]", []);
  assert.equal(await openPath(page), "Ventures/Exotic Pet Rental.md");
  await clickText(page, "[[Sales strategy]]", ["Control"]);
  assert.equal(await openPath(page), "Profiles/Sales strategy.md");

  await openNote(page, "Exotic Pet Rental");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nNext: [[Pricing experiments]]");
  await clickText(page, "[[Pricing experiments]]", ["Meta"]);
  assert.equal(await openPath(page), "Pricing experiments.md");
  assert.equal(await vaultText(page, "Pricing experiments.md"), "");
});

test("a click on a link in rendered Markdown (the sidebar, a tool's summary) opens its note, creating it when absent", async () => {
  const page = await openPage("playground");
  await page.evaluate(() => {
    const { vault } = window.playground;
    const path = "Tools/Business Model Canvas.md";
    vault.write(path, vault.read(path).replace(/summary: "/, 'summary: "Pairs with [[Unit economics]]. '));
  });
  await showLine(page, "Open questions we are working through with");
  await page.getByRole("button", { name: "Show the summary of Business Model Canvas" }).click();
  await page.locator(".cm-content .inncopilot-tool-summary a.internal-link", { hasText: "Unit economics" }).click();
  assert.equal(await openPath(page), "Unit economics.md");
  assert.equal(await vaultText(page, "Unit economics.md"), "");
});

test("the settings tab's Drafting section is the plugin's: switching drafting on brings Draft buttons, a preset fills the address", async () => {
  const page = await openPage("playground");
  await page.waitForSelector(".inncopilot-copilot-question-button");
  assert.equal(await page.locator(".inncopilot-draft-button").count(), 0);
  await page.getByRole("button", { name: "Settings" }).click();
  const tab = page.getByRole("dialog", { name: "innCoPilot settings" });
  for (const row of ["Draft answers with a language model", "Provider", "Base URL", "Model", "API key", "Context size", "Temperature"]) {
    assert.equal(await tab.getByLabel(row, { exact: true }).count(), 1, row);
  }
  await tab.getByLabel("Provider").selectOption({ label: "LM Studio" });
  assert.match(await tab.getByLabel("Base URL").inputValue(), /^http:\/\/(127\.0\.0\.1|localhost):1234/);
  assert.match(await tab.textContent(), /this (machine|computer)/i);
  await tab.getByLabel("Draft answers with a language model").check();
  await page.waitForFunction(() => document.querySelectorAll(".inncopilot-draft-button").length > 0);
  await tab.getByLabel("Draft answers with a language model").uncheck();
  await page.waitForFunction(() => document.querySelectorAll(".inncopilot-draft-button").length === 0);
});
