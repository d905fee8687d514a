// The copilot sidebar page: the real renderer beside a real CodeMirror editor, driven with real clicks and key presses.
import assert from "node:assert/strict";
import { openPage, test } from "./support.mjs";

const PAY = "What do customers pay today?";
const BARGAIN = "Which price is a bargain?";
const WHO = "Who pays the most?";

/** What the sidebar shows: the header, each card's title, progress and questions with their state, and any empty state. */
function readSidebar(page) {
  return page.evaluate(() => {
    const sidebar = document.querySelector(".sidebar-harness-sidebar");
    const text = (el) => el?.textContent ?? null;
    return {
      header: text(sidebar.querySelector(".inncopilot-copilot-note")),
      empty: text(sidebar.querySelector(".inncopilot-copilot-empty p")),
      cards: [...sidebar.querySelectorAll(".inncopilot-copilot-card")].map((card) => ({
        name: text(card.querySelector(".inncopilot-copilot-card-title")),
        progress: text(card.querySelector(".inncopilot-copilot-progress span")),
        questions: [...card.querySelectorAll(".inncopilot-copilot-question")].map((item) => {
          const state = ["answered", "asked", "missing", "listed"].find((each) => item.classList.contains(`is-${each}`));
          return `${state}: ${text(item.querySelector(".inncopilot-copilot-question-text"))}`;
        }),
      })),
    };
  });
}

/** Waits until the sidebar shows `wanted` for the given card's question. */
async function waitForQuestion(page, question, state) {
  await page.waitForFunction(
    ([wanted, cls]) => [...document.querySelectorAll(".inncopilot-copilot-question")].some(
      (item) => item.classList.contains(cls) && item.textContent.includes(wanted)),
    [question, `is-${state}`],
  );
}

function questionButton(page, question) {
  return page.locator(".inncopilot-copilot-question-button", { hasText: question });
}

/** Puts the editor's cursor at the end of the line that contains `fragment`. */
async function clickEndOfLine(page, fragment) {
  const line = page.locator(".cm-line", { hasText: fragment }).first();
  const box = await line.boundingBox();
  await line.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await page.keyboard.press("End");
}

test("switching notes changes what the sidebar shows, and a note without a profile says what to do", async () => {
  const page = await openPage("sidebar");
  assert.deepEqual(await readSidebar(page), {
    header: "ShowingExotic Pet Rental",
    empty: null,
    cards: [{
      name: "Pricing",
      progress: "0 of 3 answered",
      questions: [`asked: ${PAY}`, `missing: ${BARGAIN}`, `missing: ${WHO}`],
    }],
  });

  await page.evaluate(() => window.sidebarPage.open("Ventures/Tortoise Taxi.md"));
  const taxi = await readSidebar(page);
  assert.equal(taxi.header, "ShowingTortoise Taxi");
  assert.deepEqual(taxi.cards.map((card) => [card.name, card.progress]), [["Sales strategy", "0 of 2 answered"]]);

  await page.evaluate(() => window.sidebarPage.open("Notes/Groceries.md"));
  const groceries = await readSidebar(page);
  assert.deepEqual(groceries.cards, []);
  assert.match(groceries.empty, /not about a profile yet\. Link to a profile page/);
  await page.getByRole("button", { name: "Insert profile template" }).click();
  assert.deepEqual(await page.evaluate(() => window.sidebarPage.commands), ["inncopilot:insert-profile-template"]);
});

test("typing an answer under a question flips it to answered and updates the progress", async () => {
  const page = await openPage("sidebar");
  await clickEndOfLine(page, PAY);
  await page.keyboard.press("Enter");
  await page.keyboard.type("About 40 € a week.");

  await waitForQuestion(page, PAY, "answered");
  const shown = await readSidebar(page);
  assert.equal(shown.cards[0].progress, "1 of 3 answered");
  assert.deepEqual(shown.cards[0].questions, [`answered: ${PAY}`, `missing: ${BARGAIN}`, `missing: ${WHO}`]);

  await page.keyboard.press("Control+a");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("# Just a title");
  await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-empty") !== null);
});

test("typing that changes nothing the sidebar shows does not redraw it", async () => {
  const page = await openPage("sidebar");
  const before = await page.evaluate(() => window.sidebarPage.renders());
  await clickEndOfLine(page, "Keeper time.");
  await page.keyboard.type(" And food for the whole stay.");
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.sidebarPage.renders()), before);
  assert.match(await page.evaluate(() => window.sidebarPage.doc()), /Keeper time\. And food for the whole stay\.$/);
});

test("clicking a question inserts it as a heading at the end of the note, wherever the cursor was, the cursor in its field, and one undo removes it", async () => {
  const page = await openPage("sidebar");
  const original = await page.evaluate(() => window.sidebarPage.doc());
  await clickEndOfLine(page, "We rent animals");
  await questionButton(page, WHO).click();

  const inserted = await page.evaluate(() => window.sidebarPage.doc());
  assert.equal(inserted, `${original}\n\n## ${WHO}\n`);
  assert.deepEqual(await page.evaluate(() => window.sidebarPage.cursor()), { line: 10, ch: 0 });
  await waitForQuestion(page, WHO, "asked");

  await page.keyboard.press("Control+z");
  assert.equal(await page.evaluate(() => window.sidebarPage.doc()), original);
});

test("Tab reaches a question from the pin button, Enter inserts it, and typing then answers it", async () => {
  const page = await openPage("sidebar");
  await page.getByRole("button", { name: /^Pin/ }).focus();
  for (let presses = 0; presses < 10; presses++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? "")).includes("bargain")) break;
    await page.keyboard.press("Tab");
  }
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Which price is a bargain\?/);
  await page.keyboard.press("Enter");
  await page.keyboard.type("Two weeks for the price of one.");

  assert.match(await page.evaluate(() => window.sidebarPage.doc()), new RegExp(`## ${BARGAIN.replace("?", "\\?")}\nTwo weeks for the price of one\\.`));
  await waitForQuestion(page, BARGAIN, "answered");
});

test("clicking a question the note already asks jumps to its field instead of inserting it again", async () => {
  const page = await openPage("sidebar");
  const original = await page.evaluate(() => window.sidebarPage.doc());
  await questionButton(page, PAY).click();
  assert.equal(await page.evaluate(() => window.sidebarPage.doc()), original);
  assert.deepEqual(await page.evaluate(() => window.sidebarPage.cursor()), { line: 5, ch: 0 });
});

test("a question the inserted worksheet lists gets a nested field on click (one undo step), and typing there answers it", async () => {
  const page = await openPage("sidebar");
  await page.evaluate(() => window.sidebarPage.open("Ventures/Tortoise Club.md"));
  assert.deepEqual((await readSidebar(page)).cards[0].questions, [`asked: ${PAY}`, `asked: ${BARGAIN}`, `missing: ${WHO}`]);
  const original = await page.evaluate(() => window.sidebarPage.doc());

  await questionButton(page, BARGAIN).click();
  assert.equal(await page.evaluate(() => window.sidebarPage.doc()), original.replace(`- ${BARGAIN}\n`, `- ${BARGAIN}\n  - \n`));
  await page.keyboard.press("Control+z");
  assert.equal(await page.evaluate(() => window.sidebarPage.doc()), original);

  await questionButton(page, BARGAIN).click();
  await page.keyboard.type("Two weeks for the price of one.");
  assert.equal(await page.evaluate(() => window.sidebarPage.doc()), original.replace(`- ${BARGAIN}\n`, `- ${BARGAIN}\n  - Two weeks for the price of one.\n`));
  await waitForQuestion(page, BARGAIN, "answered");
});

test("a profile page lists its questions and empty sections; clicking jumps to them and never edits the page", async () => {
  const page = await openPage("sidebar");
  await page.evaluate(() => window.sidebarPage.open("Profiles/Sales strategy.md"));
  const original = await page.evaluate(() => window.sidebarPage.doc());
  assert.deepEqual((await readSidebar(page)).cards, [{
    name: "Sales strategy",
    progress: "2 guiding questions",
    questions: ["listed: How do we identify our stakeholders?", "listed: What are the key stages of their journey?"],
  }]);
  assert.deepEqual(await page.locator(".inncopilot-copilot-section").allTextContents(), ["Topics"]);

  await page.getByRole("button", { name: "Jump to the empty Topics section" }).click();
  assert.deepEqual(await page.evaluate(() => window.sidebarPage.cursor()), { line: 6, ch: "- ## üóÑÔ∏è Topics".length });
  await questionButton(page, "key stages").click();
  assert.deepEqual(await page.evaluate(() => window.sidebarPage.cursor()), { line: 5, ch: 2 });
  assert.equal(await page.evaluate(() => window.sidebarPage.doc()), original);
});

test("pin holds the sidebar on its note while another is edited, and a question click goes to the pinned note", async () => {
  const page = await openPage("sidebar");
  await page.getByRole("button", { name: /^Pin/ }).click();
  await page.evaluate(() => window.sidebarPage.open("Ventures/Tortoise Taxi.md"));

  const pinned = await readSidebar(page);
  assert.equal(pinned.header, "Pinned toExotic Pet Rental");
  assert.deepEqual(pinned.cards.map((card) => card.name), ["Pricing"]);
  assert.equal(await page.getByRole("button", { name: /^Unpin/ }).getAttribute("aria-pressed"), "true");

  await questionButton(page, WHO).click();
  assert.match(await page.evaluate(() => window.sidebarPage.doc()), /^# Exotic Pet Rental[\s\S]*## Who pays the most\?/);

  await page.evaluate(() => window.sidebarPage.open("Ventures/Tortoise Taxi.md"));
  await page.getByRole("button", { name: /^Unpin/ }).click();
  assert.equal((await readSidebar(page)).header, "ShowingTortoise Taxi");
});

test("the keyboard alone pins and unpins: focus stays on the pin button while the sidebar redraws", async () => {
  const page = await openPage("sidebar");
  const redraws = await page.evaluate(() => window.sidebarPage.renders());
  await page.getByRole("button", { name: /^Pin/ }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => window.sidebarPage.renders()), redraws + 1);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-pressed")), "true");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-pressed")), "false");
  assert.equal((await readSidebar(page)).header, "ShowingExotic Pet Rental");
});

test("Copy prompt puts plain instructions, the profile's definition, its questions and the note on the clipboard", async () => {
  const page = await openPage("sidebar");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy prompt" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Help me work out the pricing of the business described at the end of this prompt\.\n/);
  assert.match(copied, /The concept is "Pricing": How a venture \*sets\* and changes its prices\./);
  assert.match(copied, new RegExp(`- ${WHO.replace("?", "\\?")}\n`));
  assert.match(copied, /"""\n# Exotic Pet Rental\n\nWe rent animals by the week\. See \[\[Pricing\]\]\./);
});

test("hostile note and profile text is shown as text: no element, script or handler from it ever runs", async () => {
  const page = await openPage("sidebar");
  await page.evaluate(() => window.sidebarPage.open(`Notes/${window.sidebarPage.hostileName}.md`));
  await page.waitForTimeout(200);
  const found = await page.evaluate(() => {
    const sidebar = document.querySelector(".sidebar-harness-sidebar");
    return {
      pwned: window.pwned ?? null,
      injected: sidebar.querySelectorAll("img, script, b, iframe").length,
      header: sidebar.querySelector(".inncopilot-copilot-note-name").textContent,
      card: sidebar.querySelector(".inncopilot-copilot-card-title").textContent,
      definition: sidebar.querySelector(".inncopilot-copilot-definition").textContent,
      questions: [...sidebar.querySelectorAll(".inncopilot-copilot-question-text")].map((each) => each.textContent),
    };
  });
  const name = await page.evaluate(() => window.sidebarPage.hostileName);
  assert.deepEqual(found, {
    pwned: null,
    injected: 0,
    header: name,
    card: name,
    definition: `<img src=x onerror="window.pwned=5"> <script>window.pwned=6</script> {{constructor}}`,
    questions: [`<img src=x onerror="window.pwned=3"> question?`, "<script>window.pwned=7</script> really?"],
  });
  await questionButton(page, "really?").click();
  assert.match(await page.evaluate(() => window.sidebarPage.doc()), /## <script>window\.pwned=7<\/script> really\?\n/);
  assert.equal(await page.evaluate(() => window.pwned ?? null), null);
});

test("on a phone-sized screen the sidebar fits its width: nothing scrolls sideways", async () => {
  const page = await openPage("sidebar");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => window.sidebarPage.open("Profiles/Sales strategy.md"));
  const overflow = await page.evaluate(() => {
    const sidebar = document.querySelector(".sidebar-harness-sidebar");
    return { sidebar: sidebar.scrollWidth - sidebar.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  assert.deepEqual(overflow, { sidebar: 0, page: 0 });
});

test("the sidebar takes its colours from the theme's variables, in light and in dark", async () => {
  const page = await openPage("sidebar");
  const colours = () => page.evaluate(() => {
    const colour = (selector) => getComputedStyle(document.querySelector(selector)).color;
    const variable = (name) => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = `var(${name})`;
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    return {
      question: colour(".inncopilot-copilot-question-text") === variable("--text-normal"),
      hint: colour(".inncopilot-copilot-reason") === variable("--text-muted"),
      text: colour(".inncopilot-copilot-question-text"),
    };
  });
  const light = await colours();
  await page.evaluate(() => document.body.classList.add("theme-dark"));
  const dark = await colours();
  assert.deepEqual([light.question, light.hint, dark.question, dark.hint], [true, true, true, true]);
  assert.notEqual(light.text, dark.text);
});
