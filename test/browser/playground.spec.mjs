// The playground (what `npm start` serves): the demo notes in a real CodeMirror editor, the note list and the palette.
import assert from "node:assert/strict";
import { docText, openNote, runCommand, showLine, vaultText } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

/** Scrolls the first line containing `text` into view and clicks at its end, putting the cursor there. */
async function clickAfter(page, text) {
  await showLine(page, text);
  const line = page.locator(".cm-line", { hasText: text }).first();
  const box = await line.boundingBox();
  const last = await line.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()];
    const end = rects[rects.length - 1];
    return { x: end.right, y: end.top + end.height / 2 };
  });
  await page.mouse.click(Math.min(last.x + 2, box.x + box.width - 1), last.y);
}

test("opens the venture note, and lists every demo note by folder", async () => {
  const page = await openPage("playground");
  assert.match(await docText(page), /^---\ntype: venture\n---\n# Exotic Pet Rental\n/);
  assert.deepEqual(await page.locator(".playground-folder-name").allTextContents(), ["graph/journals", "graph/pages", "Profiles", "Templates", "Tools", "Ventures"]);
  assert.deepEqual(await page.locator('.playground-note-link:not([title^="graph/"])').allTextContents(), [
    "Pricing strategy", "profile___customer channels", "Revenue streams", "Sales strategy",
    "Worksheet as a table",
    "Business Model Canvas", "Customer Journey Map", "Lean Canvas", "Price ladder", "Value Proposition Canvas",
    "Exotic Pet Rental", "Underwater Restaurant",
  ]);
  assert.equal(await page.locator('.playground-note-link[title^="graph/"]').count(), 15, "the demo graph's pages are listed too");
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
  await openNote(page, "Sales strategy");
  assert.match(await docText(page), /^# #profile Name - Sales strategy/);
  await clickAfter(page, "Content is of type text");
  await page.keyboard.type("!");
  await openNote(page, "Exotic Pet Rental");

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

/** The selected text in the editor. */
function selection(page) {
  return page.evaluate(() => {
    const { state } = window.playground.view;
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
}

/** The notices on screen, oldest first. */
function notices(page) {
  return page.locator(".playground-notice").allTextContents();
}

test("insert the Sales strategy worksheet into the venture note from the palette, then Tab through it and type", async () => {
  const page = await openPage("playground");
  const original = await docText(page);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Control+p");
  await page.keyboard.type("insert prof");
  await page.keyboard.press("Enter");
  const picker = page.getByRole("dialog", { name: "Insert profile template" });
  await page.keyboard.type("sales strategy");
  const option = picker.getByRole("option").first();
  assert.match(await option.textContent(), /^Sales strategy.*identification and targeting of specific customer groups.*Profiles\/Sales strategy\.md$/);
  await page.keyboard.press("Enter");

  const inserted = await docText(page);
  assert.match(inserted, /^---\ntype: venture\nprofiles:\n {2}- Sales strategy\n---\n# Exotic Pet Rental\n/, "the profile is recorded in the front matter");
  assert.match(inserted, /\n## Sales strategy\n\n> the identification and targeting/);
  assert.match(inserted, /\n### Identify target customer segments\n_…_\n/);
  assert.equal(await selection(page), "_…_", "the first field's placeholder is selected");

  await page.keyboard.type("Families, schools and photographers.");
  await page.keyboard.press("Tab");
  assert.equal(await selection(page), "_…_");
  await page.keyboard.type("Families want a trial before buying a pet.");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await selection(page), "Families, schools and photographers.", "Shift-Tab goes back to the filled field");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bundles per customer group.");

  const filled = await docText(page);
  assert.match(filled, /### Identify target customer segments\nFamilies, schools and photographers\.\n/);
  assert.match(filled, /### Develop customer profiles\nFamilies want a trial before buying a pet\.\n/);
  assert.match(filled, /### Customize sales approaches\nBundles per customer group\.\n/);
  assert.equal(await vaultText(page, "Ventures/Exotic Pet Rental.md"), filled, "the edits are in the in-memory vault");

  for (let i = 0; i < 3; i++) await page.keyboard.press("Control+z");
  assert.match(await docText(page), /### Identify target customer segments\n_…_\n/, "undoing the typing brings the placeholders back");
  await page.keyboard.press("Control+z");
  assert.equal(await docText(page), original, "one more undo removes the whole insertion, front matter record included");
});

test("typed at machine speed right after inserting from the palette, every character lands in the first field in order (50 rounds)", async () => {
  const page = await openPage("playground");
  const original = await docText(page);
  const answer = "Families, schools and photographers.";
  const misplaced = [];
  for (let round = 1; round <= 50; round++) {
    await page.keyboard.press("Control+End");
    await runCommand(page, "insert prof", "sales str");
    await page.keyboard.type(answer);
    const typed = (await docText(page)).split("### Identify target customer segments\n")[1].split("\n")[0];
    if (typed !== answer) misplaced.push(`round ${round}: ${typed}`);
    await page.evaluate((text) => {
      const { view } = window.playground;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
    }, original);
  }
  assert.deepEqual(misplaced, []);
});

test("after Escape, Next field still finds the worksheet's empty fields in the text, from the toolbar", async () => {
  const page = await openPage("playground");
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert profile template" }).click();
  await page.keyboard.type("sales strategy");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Home");
  await page.getByRole("button", { name: "Next field" }).click();
  assert.equal(await selection(page), "_…_");
  await page.keyboard.type("Found again.");
  assert.match(await docText(page), /### Identify target customer segments\nFound again\.\n/);
});

test("repair text encoding fixes the seed's mojibake in one undo step and says how much it changed", async () => {
  const page = await openPage("playground");
  await openNote(page, "Sales strategy");
  const before = await docText(page);
  assert.match(before, /- ## \S*üîç Definition/, "the seed arrives garbled");
  await page.getByRole("button", { name: "Repair encoding" }).click();
  const after = await docText(page);
  assert.match(after, /- ## 🔍 Definition/);
  assert.doesNotMatch(after, /üîç|ü§ñ|üì∞/);
  assert.match((await notices(page)).join("\n"), /Repaired \d+ garbled runs of text/);
  await page.keyboard.press("Control+z");
  assert.equal(await docText(page), before);

  await page.getByRole("button", { name: "Repair encoding" }).click();
  await page.getByRole("button", { name: "Repair encoding" }).click();
  assert.match((await notices(page)).at(-1), /No garbled text found/);
});

test("convert profile page format turns the seed into Obsidian headings and back byte for byte, and refuses a note that is no profile", async () => {
  const page = await openPage("playground");
  await openNote(page, "Sales strategy");
  const seed = await docText(page);
  await page.getByRole("button", { name: "Convert format" }).click();
  assert.match((await notices(page)).at(-1), /Converted this profile page to Obsidian headings\./);
  const obsidian = await docText(page);
  assert.notEqual(obsidian, seed);
  assert.doesNotMatch(obsidian, /^- ## /m);
  await page.getByRole("button", { name: "Convert format" }).click();
  assert.match((await notices(page)).at(-1), /Converted this profile page to a Logseq outline\./);
  assert.equal(await docText(page), seed);

  await openNote(page, "Exotic Pet Rental");
  const venture = await docText(page);
  await page.getByRole("button", { name: "Convert format" }).click();
  assert.equal(await docText(page), venture);
  assert.match((await notices(page)).at(-1), /not a profile page/);
});

test("the page npm start serves is built from the same code, loads with its styles, and serves nothing else", async () => {
  const { buildPlayground, servePlayground } = await import("../../scripts/playground-server.mjs");
  const { server, url } = await servePlayground(await buildPlayground(), 0);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await openPage("playground");
    await page.goto(url);
    assert.equal(await page.title(), "innCoPilot playground");
    assert.match(await page.locator(".cm-content").textContent(), /# Exotic Pet Rental/);
    const header = await page.evaluate(() => getComputedStyle(document.querySelector(".playground-header")).display);
    assert.equal(header, "flex", "playground.css is loaded");
    assert.equal(await page.evaluate(() => typeof window.playground.open), "function");
    assert.equal((await page.request.get(new URL("/package.json", url).href)).status(), 404);
    assert.equal((await page.request.get(new URL("/src/main.ts", url).href)).status(), 404);
    assert.equal((await page.request.post(url)).status(), 404);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
