// Tool links in a real CodeMirror 6 editor: chips after tool links only, hidden while the cursor is in a link,
// expanding on click or Enter, kept across typing elsewhere, and inert whatever a tool note contains.
import assert from "node:assert/strict";
import { openPage, test } from "./support.mjs";

const NOTE = [
  "# Sales strategy",
  "We sketch it on the [[Business Model Canvas]] first.",
  "Then [[Ansoff Matrix|the growth grid]] and [[Sales strategy]] again.",
  "Type `[[Blue Ocean Strategy]]` to link it; ![[Customer Persona]] embeds it.",
  "```",
  "[[Customer Journey Map]] in code",
  "```",
  "Last: [[Porter’s Five Forces#Rivalry]]",
].join("\n");

/** Opens the page with `text` in the editor and the cursor at the very start, outside every link. */
async function open(text = NOTE) {
  const page = await openPage("tool-links");
  await page.evaluate((note) => {
    window.toolLinksPage.openNote(note);
    window.toolLinksPage.view.dispatch({ selection: { anchor: 0 } });
  }, text);
  return page;
}

/** The text just before each chip in the document: which link it follows. */
function chipTargets(page) {
  return page.evaluate(() => {
    const { view } = window.toolLinksPage;
    return window.toolLinksPage.chipPositions().map((pos) => {
      const line = view.state.doc.lineAt(pos);
      return line.text.slice(0, pos - line.from).match(/\[\[[^\]]*\]\]$/)?.[0] ?? null;
    });
  });
}

/** Puts the cursor just after the first occurrence of `text`, as a click there would. */
async function placeCursorAfter(page, text) {
  await page.evaluate((wanted) => {
    const { view } = window.toolLinksPage;
    view.focus();
    view.dispatch({ selection: { anchor: view.state.doc.toString().indexOf(wanted) + wanted.length }, userEvent: "select.pointer" });
  }, text);
}

/** Moves the cursor to just after the first occurrence of `text` with real keys from the document start, line by line. */
async function putCursorAfter(page, text) {
  const offset = await page.evaluate((wanted) => window.toolLinksPage.view.state.doc.toString().indexOf(wanted) + wanted.length, text);
  await page.evaluate(() => window.toolLinksPage.view.focus());
  await page.keyboard.press("Control+Home");
  const line = await page.evaluate((at) => window.toolLinksPage.view.state.doc.lineAt(at), offset);
  for (let i = 1; i < line.number; i++) {
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowRight");
  }
  for (let i = line.from; i < offset; i++) await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => window.toolLinksPage.view.state.selection.main.head), offset);
}

test("chips follow tool links only: not plain notes, code spans, fenced code or embeds", async () => {
  const page = await open();
  assert.deepEqual(await chipTargets(page), [
    "[[Business Model Canvas]]",
    "[[Ansoff Matrix|the growth grid]]",
    "[[Porter’s Five Forces#Rivalry]]",
  ]);
});

test("a chip vanishes while the cursor is inside its link and comes back when it leaves", async () => {
  const page = await open();
  await putCursorAfter(page, "[[Ansoff Ma");
  assert.deepEqual(await chipTargets(page), ["[[Business Model Canvas]]", "[[Porter’s Five Forces#Rivalry]]"]);
  await page.keyboard.press("ArrowDown");
  assert.equal((await chipTargets(page)).length, 3);

  await page.keyboard.press("Control+End");
  assert.deepEqual(await chipTargets(page), ["[[Business Model Canvas]]", "[[Ansoff Matrix|the growth grid]]"]);
  await page.keyboard.press("Shift+Control+Home");
  assert.deepEqual(await chipTargets(page), [], "a selection over every link hides every chip");
});

test("clicking a chip expands its summary beneath it, and Enter on the chip folds it again", async () => {
  const page = await open();
  const button = page.locator(".cm-content .inncopilot-tool-chip").first();
  const chip = button;
  assert.equal(await page.locator(".inncopilot-tool-summary").count(), 0, "nothing is rendered until asked");
  assert.equal(await button.getAttribute("aria-expanded"), "false");

  const lineBefore = await chip.evaluate((el) => el.closest(".cm-line").getBoundingClientRect().height);
  await button.click();
  const summary = page.locator(".cm-content .inncopilot-tool-summary");
  assert.equal(await summary.isVisible(), true);
  assert.match(await summary.innerText(), /A one-page template of nine building blocks\.\s+From the tool note/);
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  const lineAfter = await chip.evaluate((el) => el.closest(".cm-line").getBoundingClientRect().height);
  assert.ok(lineAfter > lineBefore + 20, `the summary shows beneath the link (${lineBefore} → ${lineAfter} px)`);
  const summaryTop = await summary.evaluate((el) => el.getBoundingClientRect().top);
  const linkBottom = await chip.evaluate((el) => el.closest(".cm-line").querySelector(".inncopilot-tool-chip").getBoundingClientRect().bottom);
  assert.ok(summaryTop >= linkBottom - 1, "the summary starts below the chip");

  await button.focus();
  await page.keyboard.press("Enter");
  assert.equal(await summary.isVisible(), false);
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  assert.equal(await page.evaluate(() => window.toolLinksPage.view.state.doc.toString()), await page.evaluate((n) => n, NOTE), "Enter on the chip never reaches the note");
});

test("a collapsed chip keeps the line's height, so chips appearing never move the page", async () => {
  const page = await open("[[Business Model Canvas]] plain words\nplain words only");
  const heights = await page.evaluate(() => [...document.querySelectorAll(".cm-line")].map((line) => line.getBoundingClientRect().height));
  assert.equal(heights[0], heights[1]);
});

test("a chip is one focusable button named for its tool: Tab reaches it, Space opens the summary, and it holds nothing a reader could trip on", async () => {
  const page = await open("See [[Business Model Canvas]] here.");
  const chip = page.getByRole("button", { name: "Show the summary of Business Model Canvas" });
  assert.equal(await chip.count(), 1, "the accessibility tree names the chip's tool and what pressing it does");
  const shape = await chip.evaluate((el) => ({ children: el.children.length, text: el.textContent, tabindex: el.getAttribute("tabindex"), expanded: el.getAttribute("aria-expanded") }));
  assert.deepEqual(shape, { children: 0, text: "i", tabindex: "0", expanded: "false" });
  await page.evaluate(() => window.toolLinksPage.view.focus());
  await page.keyboard.press("Tab");
  assert.equal(await chip.evaluate((el) => el === document.activeElement), true, "Tab from the text reaches the chip");
  await page.keyboard.press("Space");
  const opened = page.getByRole("button", { name: "Hide the summary of Business Model Canvas" });
  assert.equal(await opened.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator(".cm-content .inncopilot-tool-summary").isVisible(), true);
  assert.equal(await opened.evaluate((el) => el === document.activeElement), true, "the chip keeps the focus as it opens");
  assert.equal(await page.evaluate(() => window.toolLinksPage.view.state.doc.toString()), "See [[Business Model Canvas]] here.", "Space on the chip never reaches the note");
});

test("chips survive typing elsewhere, and on their own line, without being recreated", async () => {
  const page = await open();
  await page.locator(".cm-content .inncopilot-tool-chip").first().click();
  const before = await page.evaluateHandle(() => [...document.querySelectorAll(".cm-content .inncopilot-tool-chip")]);
  await placeCursorAfter(page, "# Sales strategy");
  await page.keyboard.type(" for pets");
  await page.keyboard.press("Enter");
  await page.keyboard.type("New line with words.");
  await placeCursorAfter(page, "Last:");
  await page.keyboard.type(" and finally");

  const kept = await page.evaluate((chips) => {
    const now = [...document.querySelectorAll(".cm-content .inncopilot-tool-chip")];
    return { same: chips.length === now.length && chips.every((chip, i) => chip === now[i] && chip.isConnected), count: now.length };
  }, before);
  assert.deepEqual(kept, { same: true, count: 3 });
  assert.equal(await page.locator(".cm-content .inncopilot-tool-summary").first().isVisible(), true, "the expanded chip stays expanded");
  assert.deepEqual(await page.evaluate(() => window.toolLinksPage.log.undone), 0, "no chip was destroyed");
});

test("a link being typed gets its chip once the cursor moves past it, and undo and redo keep chips in step", async () => {
  const page = await open("x\n[[Ansoff Matrix]]");
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("[[BMC]]");
  assert.deepEqual(await chipTargets(page), ["[[Ansoff Matrix]]"], "no chip while the cursor touches the new link");
  await page.keyboard.type(" ");
  assert.deepEqual(await chipTargets(page), ["[[BMC]]", "[[Ansoff Matrix]]"]);
  await page.keyboard.press("Control+z");
  assert.equal(await page.evaluate(() => window.toolLinksPage.view.state.doc.toString()), "x\n[[Ansoff Matrix]]");
  assert.deepEqual(await chipTargets(page), ["[[Ansoff Matrix]]"]);
  await page.keyboard.press("Control+Shift+z");
  assert.deepEqual(await chipTargets(page), ["[[BMC]]", "[[Ansoff Matrix]]"]);
});

test("a fence typed above a link hides its chip, and removing it brings the chip back", async () => {
  const page = await open("intro\n[[Ansoff Matrix]]\nend");
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("```");
  await page.keyboard.press("Control+End");
  assert.deepEqual(await chipTargets(page), []);
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Delete");
  assert.deepEqual(await chipTargets(page), ["[[Ansoff Matrix]]"]);
});

test("the note's own summary under a link in its Tools section shows, and follows edits to it", async () => {
  const page = await open("[[Ansoff Matrix]] is useful.\n\n## Tools\n- [[Ansoff Matrix]]\n  - Our own words.");
  await page.keyboard.press("Control+Home");
  await page.locator(".cm-content .inncopilot-tool-chip").first().click();
  const summary = page.locator(".cm-content .inncopilot-tool-summary").first();
  assert.match(await summary.innerText(), /^Our own words\.\s+From this note's tools section/);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Updated.");
  await page.keyboard.press("Control+Home");
  assert.match(await page.locator(".cm-content .inncopilot-tool-summary").first().innerText(), /^Our own words\. Updated\./);
});

test("in a Tools section too long to re-read on every key, the summary catches up once typing pauses", async () => {
  const items = Array.from({ length: 600 }, (_, i) => `- [[Tool ${i}]]\n  - Summary ${i}.`);
  const page = await open(`See [[Tool 599]] here.\n\n## Tools\n${items.join("\n")}`);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Longer");
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("End");
  const button = page.locator(".cm-content .inncopilot-tool-chip").first();
  await button.click();
  await page.waitForFunction(() => /^Summary 599\. Longer/.test(document.querySelector(".cm-content .inncopilot-tool-summary")?.innerText ?? ""));
});

test("nothing is drawn in Source mode, nor when chips are switched off; the expanded setting opens new chips", async () => {
  const page = await open();
  await page.evaluate(() => window.toolLinksPage.setLivePreview(false));
  assert.deepEqual(await chipTargets(page), []);
  await page.evaluate(() => window.toolLinksPage.setLivePreview(true));
  assert.equal((await chipTargets(page)).length, 3);

  await page.evaluate(() => window.toolLinksPage.setSettings({ toolChips: false }));
  assert.deepEqual(await chipTargets(page), []);
  await page.evaluate(() => window.toolLinksPage.setSettings({ toolChips: true, toolSummaryExpanded: true }));
  assert.equal(await page.locator(".cm-content .inncopilot-tool-summary:visible").count(), 3);
});

test("a summary that arrives later appears by itself, without recreating the chips already there", async () => {
  const page = await open("[[Business Model Canvas]] and [[Grid]] to compare.");
  await page.keyboard.press("Control+End");
  assert.deepEqual(await chipTargets(page), ["[[Business Model Canvas]]"]);
  const first = await page.evaluateHandle(() => document.querySelector(".cm-content .inncopilot-tool-chip"));
  await page.evaluate(() => window.toolLinksPage.catalog.update("Tools/Grid.md", "---\ntype: tool\nsummary: A grid.\n---\n"));
  await page.waitForFunction(() => window.toolLinksPage.chipPositions().length === 2);
  assert.deepEqual(await chipTargets(page), ["[[Business Model Canvas]]", "[[Grid]]"]);
  assert.equal(await page.evaluate((chip) => chip === document.querySelector(".cm-content .inncopilot-tool-chip"), first), true);
});

test("hovering a chip asks for Obsidian's page preview only where a tool note exists", async () => {
  const page = await open("[[Business Model Canvas]] and [[Ansoff Matrix]] to compare.");
  await page.keyboard.press("Control+End");
  const buttons = page.locator(".cm-content .inncopilot-tool-chip");
  await buttons.nth(1).hover();
  await buttons.nth(0).hover();
  assert.deepEqual(await page.evaluate(() => window.toolLinksPage.log.hovers), [
    { linktext: "Tools/Business Model Canvas.md", sourcePath: "Profiles/Sales strategy.md" },
  ]);
});

test("only the visible part of a long note is resolved, and typing resolves only the line it touches", async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `Line ${i} uses [[Ansoff Matrix]] and [[Sales strategy ${i}]].`);
  const page = await open(lines.join("\n"));
  const opened = await page.evaluate(() => window.toolLinksPage.log.resolves);
  assert.ok(opened > 10 && opened < 400, `resolved ${opened} links of 10,000`);
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  const before = await page.evaluate(() => window.toolLinksPage.log.resolves);
  await page.keyboard.type("x");
  const typed = (await page.evaluate(() => window.toolLinksPage.log.resolves)) - before;
  assert.ok(typed <= 4, `one key press resolved ${typed} links`);
});

test("after scroll jumps and back, every chip names the tool of the link before it, each of the 11 targets resolved once until the catalog changes", async () => {
  const tools = ["Business Model Canvas", "Ansoff Matrix", "Customer Persona", "Value Proposition Canvas"];
  const lines = Array.from({ length: 3000 }, (_, i) => `Line ${i}: [[${tools[i % 4]}]] then [[${tools[(i + 1) % 4]}]] and [[Note ${i % 7}]].`);
  const page = await open(lines.join("\n"));
  /** Each chip's tool, as its button says it, beside the link it follows. */
  const chips = () =>
    page.evaluate(() => {
      const { view } = window.toolLinksPage;
      return [...view.contentDOM.querySelectorAll(".inncopilot-tool-chip")].map((chip) => {
        const pos = view.posAtDOM(chip);
        const line = view.state.doc.lineAt(pos);
        const link = line.text.slice(0, pos - line.from).match(/\[\[([^\]]*)\]\]$/)?.[1] ?? null;
        return { link, label: chip.getAttribute("aria-label") };
      });
    });
  const scrollTo = (fraction) =>
    page.evaluate(async (at) => {
      const { scrollDOM } = window.toolLinksPage.view;
      scrollDOM.scrollTop = at * scrollDOM.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, fraction);
  const resolves = () => page.evaluate(() => window.toolLinksPage.log.resolves);
  const matching = (list) => list.every(({ link, label }) => label === `Show the summary of ${link}`);
  assert.ok((await resolves()) <= 11, `${await resolves()} resolutions for the opened note's first screen, 11 targets`);
  for (const fraction of [0.3, 0.6, 0.3]) {
    const before = await resolves();
    await scrollTo(fraction);
    const shown = await chips();
    assert.ok(shown.length > 10 && matching(shown), JSON.stringify(shown.slice(0, 4)));
    assert.equal((await resolves()) - before, 0, `the jump to ${fraction} resolved targets already known`);
  }
  await page.evaluate(() => window.toolLinksPage.catalog.update("Tools/Note 1.md", "---\ntype: tool\nsummary: Now a tool.\n---\n"));
  await page.waitForFunction(() => [...document.querySelectorAll(".cm-content .inncopilot-tool-chip")].some((chip) => chip.getAttribute("aria-label") === "Show the summary of Note 1"));
  assert.ok(matching(await chips()));
  await scrollTo(0.6);
  assert.ok(matching(await chips()), "a part of the note seen before the catalog changed shows the new tool too");
  assert.ok((await chips()).some(({ link }) => link === "Note 1"));
});

test("Reading view: the same chip follows rendered tool links only, and expands on click", async () => {
  const page = await open("");
  const added = await page.evaluate(() =>
    window.toolLinksPage.renderReading([
      { href: "Business Model Canvas", text: "Business Model Canvas" },
      { href: "Sales strategy", text: "Sales strategy" },
      { href: "Ansoff Matrix#Grid", text: "the grid" },
    ]),
  );
  assert.equal(added, 2);
  const following = await page.evaluate(() =>
    [...document.querySelectorAll("#reading .inncopilot-tool-chip")].map((chip) => chip.previousElementSibling.textContent),
  );
  assert.deepEqual(following, ["Business Model Canvas", "the grid"]);
  const described = () =>
    page.locator("#reading .inncopilot-tool-chip").evaluateAll((chips) => chips.map((chip) => [chip.getAttribute("role"), chip.getAttribute("aria-label"), chip.getAttribute("aria-expanded"), chip.children.length]));
  assert.deepEqual(await described(), [
    ["button", "Show the summary of Business Model Canvas", "false", 0],
    ["button", "Show the summary of Ansoff Matrix", "false", 0],
  ]);
  await page.locator("#reading .inncopilot-tool-chip").nth(1).click();
  assert.deepEqual((await described())[1], ["button", "Hide the summary of Ansoff Matrix", "true", 0]);
  assert.match(await page.locator("#reading .inncopilot-tool-summary").innerText(), /^Igor Ansoff's two-by-two grid/);
  const placed = await page.evaluate(() => {
    const summary = document.querySelector("#reading .inncopilot-tool-summary");
    const paragraph = document.querySelector("#reading p");
    return { inside: paragraph.contains(summary), below: summary.getBoundingClientRect().top >= paragraph.getBoundingClientRect().bottom - 0.5 };
  });
  assert.deepEqual(placed, { inside: false, below: true }, "the summary opens as a block below the sentence, not inside it");
  await page.locator("#reading .inncopilot-tool-chip").nth(0).click();
  const order = await page.evaluate(() => [...document.querySelectorAll("#reading .inncopilot-tool-summary")].map((each) => each.innerText.slice(0, 12)));
  assert.equal(order.length, 2);
  assert.doesNotMatch(order[0], /^Igor Ansoff/, "summaries stand in the order of their links");
  assert.equal(await page.evaluate(() => window.toolLinksPage.renderReading([])), 0);
});

test("Reading view: Enter and Space on a chip open and fold its summary, and a hover asks for the page preview only where a tool note exists", async () => {
  const page = await open("");
  await page.evaluate(() =>
    window.toolLinksPage.renderReading([
      { href: "Business Model Canvas", text: "Business Model Canvas" },
      { href: "Ansoff Matrix", text: "Ansoff Matrix" },
    ]),
  );
  const chips = page.locator("#reading .inncopilot-tool-chip");
  await chips.nth(1).focus();
  await page.keyboard.press("Enter");
  assert.equal(await chips.nth(1).getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator("#reading .inncopilot-tool-summary").isVisible(), true);
  await page.keyboard.press(" ");
  assert.equal(await chips.nth(1).getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#reading .inncopilot-tool-summary").isVisible(), false);
  assert.equal(await chips.nth(1).evaluate((el) => el === document.activeElement), true, "the chip keeps the focus");
  await chips.nth(1).hover();
  await chips.nth(0).hover();
  assert.deepEqual(await page.evaluate(() => window.toolLinksPage.log.hovers), [
    { linktext: "Tools/Business Model Canvas.md", sourcePath: "Profiles/Sales strategy.md" },
  ]);
});

test("Reading view with summaries expanded by default: every summary opens below the sentence, in link order, and folds on click", async () => {
  const page = await open("");
  await page.evaluate(() => window.toolLinksPage.setSettings({ toolSummaryExpanded: true }));
  await page.evaluate(() =>
    window.toolLinksPage.renderReading([
      { href: "Ansoff Matrix", text: "Ansoff Matrix" },
      { href: "Business Model Canvas", text: "Business Model Canvas" },
    ]),
  );
  const chips = page.locator("#reading .inncopilot-tool-chip");
  assert.deepEqual(await chips.evaluateAll((all) => all.map((chip) => chip.getAttribute("aria-expanded"))), ["true", "true"]);
  const placed = await page.evaluate(() => {
    const paragraph = document.querySelector("#reading p");
    return [...document.querySelectorAll("#reading .inncopilot-tool-summary")].map((summary) => ({ inside: paragraph.contains(summary), text: summary.innerText.slice(0, 12) }));
  });
  assert.equal(placed.length, 2);
  assert.deepEqual(placed.map((each) => each.inside), [false, false], "both summaries stand below the sentence");
  assert.match(placed[0].text, /^Igor Ansoff/, "the first link's summary comes first");
  await chips.nth(0).click();
  assert.equal(await chips.nth(0).getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#reading .inncopilot-tool-summary").nth(0).isVisible(), false);
  assert.equal(await page.locator("#reading .inncopilot-tool-summary").nth(1).isVisible(), true);
});

test("Reading view: a link inside a rendered summary gets no chip of its own", async () => {
  const page = await open("");
  assert.equal(await page.evaluate(() => window.toolLinksPage.renderReadingBesideSummary("Ansoff Matrix")), 1);
  assert.equal(await page.locator("#reading .inncopilot-tool-summary .inncopilot-tool-chip").count(), 0);
  assert.equal(await page.locator("#reading p .inncopilot-tool-chip").getAttribute("aria-label"), "Show the summary of Ansoff Matrix");
});

test("a tool note with an onerror image, a script and a javascript: link executes nothing, in either view", async () => {
  const page = await open();
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = [
    "---",
    "type: tool",
    "aliases: [\"<img src=x onerror=alert('alias')>\"]",
    "---",
    "# Hostile",
    "",
    "## Definition",
    "Looks harmless <img src=x onerror=\"window.pwned='img';alert('img')\"> then <script>window.pwned='script'</script>",
    "and [a link](javascript:window.pwned='link') <a href=\"javascript:alert('a')\">click</a>.",
  ].join("\n");
  await page.evaluate((text) => {
    window.toolLinksPage.catalog.update("Tools/Hostile.md", text);
    window.toolLinksPage.openNote(
      "See [[Hostile]] and [[<img src=x onerror=alert('alias')>]] and [[Customer Persona]] ok\n\n## Tools\n- [[Customer Persona]]\n  - <script>window.pwned='note'</script>",
    );
    window.toolLinksPage.view.dispatch({ selection: { anchor: 0 } });
  }, hostile);
  await page.waitForFunction(() => window.toolLinksPage.chipPositions().length === 4);
  const reading = [{ href: "Hostile", text: "Hostile" }, { href: "<img src=x onerror=alert('alias')>", text: "x" }];
  assert.equal(await page.evaluate((links) => window.toolLinksPage.renderReading(links), reading), 2);
  for (const button of await page.locator(".inncopilot-tool-chip").all()) {
    await button.click();
    await button.hover();
  }
  for (const link of await page.locator(".inncopilot-tool-summary").all()) await link.click({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(200);

  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator(".inncopilot-tool-chip img, .inncopilot-tool-chip script, .inncopilot-tool-chip a").count(), 0);
  assert.equal(await page.locator(".inncopilot-tool-summary").count(), 6);
  assert.match(await page.locator(".cm-content .inncopilot-tool-summary").first().innerText(), /<img src=x onerror=/, "the markup shows as text");
});
