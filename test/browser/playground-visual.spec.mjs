// How the playground's text looks, measured: spaces as wide as the text font's, the note title clear of scrolled text,
// wiki-link brackets drawn alike. Each was a visible fault (issue 15, item 6).
import assert from "node:assert/strict";
import { showLine } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

/**
 * For each character of the first element matching `selector` that holds `text`: its width on screen, its colour and its font size.
 * Characters are measured one by one with a Range over the text node that holds them.
 */
function measureCharacters(page, selector, text) {
  return page.evaluate(({ selector, text }) => {
    const el = [...document.querySelectorAll(selector)].find((candidate) => candidate.textContent.includes(text));
    if (!el) throw new Error(`no ${selector} holds “${text}”`);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const style = getComputedStyle(node.parentElement);
        chars.push({ char: node.data[i], width: range.getBoundingClientRect().width, color: style.color, fontSize: parseFloat(style.fontSize) });
      }
    }
    const at = chars.map((c) => c.char).join("").indexOf(text);
    return chars.slice(at, at + text.length);
  }, { selector, text });
}

/** The widest space among `chars`, as a share of their font size (a text font's space is a quarter to a third of it). */
function widestSpace(chars) {
  const spaces = chars.filter((c) => c.char === " ");
  return Math.max(...spaces.map((c) => c.width / c.fontSize));
}

test("a space is under half the font size wide, as in a text font, in the note and in the sidebar", async () => {
  const page = await openPage("playground");
  const note = widestSpace(await measureCharacters(page, ".cm-line", "lets people spend a weekend or a week"));
  assert.ok(note > 0.1 && note < 0.5, `in the note a space is ${note.toFixed(2)} em wide`);
  const sidebar = widestSpace(await measureCharacters(page, ".playground-sidebar li", "How do we identify and categorize"));
  assert.ok(sidebar > 0.1 && sidebar < 0.5, `in the sidebar a space is ${sidebar.toFixed(2)} em wide`);
});

test("scrolled, the note's text slides under the title's own bar and never touches its letters", async () => {
  const page = await openPage("playground");
  await showLine(page, "Open questions we are working through");
  const geometry = await page.evaluate(() => {
    const title = document.querySelector(".playground-note-title");
    const range = document.createRange();
    range.selectNodeContents(title);
    return {
      letters: range.getBoundingClientRect().bottom,
      scroller: document.querySelector(".cm-scroller").getBoundingClientRect().top,
      scrolled: document.querySelector(".cm-scroller").scrollTop,
      edge: parseFloat(getComputedStyle(title).borderBottomWidth),
    };
  });
  assert.ok(geometry.scrolled > 0, "the note is scrolled");
  assert.ok(geometry.scroller - geometry.letters >= 6, `the title's letters end at ${geometry.letters} px, the scrolled text starts at ${geometry.scroller} px`);
  assert.ok(geometry.edge >= 1, "the title bar has a visible lower edge");
});

test("both bracket pairs of a wiki link are drawn alike, fainter than the link's name, and the name as a link", async () => {
  const page = await openPage("playground");
  await showLine(page, "Open questions we are working through");
  const chars = await measureCharacters(page, ".cm-line", "[[Value Proposition Canvas]]");
  const brackets = chars.filter((c) => c.char === "[" || c.char === "]").map((c) => c.color);
  assert.equal(brackets.length, 4);
  assert.equal(new Set(brackets).size, 1, `the brackets are drawn in ${brackets.join(", ")}`);
  const plain = (await measureCharacters(page, ".cm-line", "Open questions"))[0].color;
  const name = chars.find((c) => c.char === "V").color;
  assert.notEqual(name, plain, "the name is drawn as a link, not as plain text");
  assert.notEqual(brackets[0], plain, "the brackets are not drawn as plain text");
  assert.notEqual(brackets[0], name, "the brackets are fainter than the name");
});

test("an expanded summary opens as a block below its whole line, so the sentence around the link stays in one piece", async () => {
  const page = await openPage("playground");
  await showLine(page, "Open questions we are working through");
  await page.getByRole("button", { name: "Show the summary of Business Model Canvas" }).click();
  const geometry = await page.evaluate(() => {
    const line = [...document.querySelectorAll(".cm-line")].find((el) => el.textContent.startsWith("Open questions"));
    const summary = line.querySelector(".inncopilot-tool-summary");
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (summary.contains(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    let textBottom = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) textBottom = Math.max(textBottom, rect.bottom);
    }
    return { textBottom, summaryTop: summary.getBoundingClientRect().top, summaryHeight: summary.getBoundingClientRect().height };
  });
  assert.ok(geometry.summaryHeight > 20, "the summary shows");
  assert.ok(geometry.summaryTop >= geometry.textBottom - 1, `the line's text reaches ${geometry.textBottom} px, the summary starts at ${geometry.summaryTop} px`);
});
