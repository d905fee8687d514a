// `npm run screenshots`: builds the playground, drives it in Chromium (test/browser/chromium.mjs finds it) as a user would, and writes the README's
// pictures to docs/*.png, each in the light and the dark theme. Nothing is faked: every picture is the real page.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../test/browser/chromium.mjs";
import { runCommand } from "../test/browser/playground-helpers.mjs";
import { openPickerFromSlash } from "../test/browser/logseq-slash.mjs";
import { buildPlayground, servePlayground } from "./playground-server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = path.join(ROOT, "docs");
const VIEWPORT = { width: 1280, height: 760 };

/** Prints a line to stdout, or with `toStderr` to stderr. */
function say(text, toStderr = false) {
  (toStderr ? process.stderr : process.stdout).write(`${text}\n`);
}

/** Scrolls the editor so that the line holding `text` is near the top. */
async function scrollTo(page, text) {
  await page.evaluate((wanted) => {
    const view = window.playground.view;
    const at = view.state.doc.toString().indexOf(wanted);
    view.dispatch({ effects: view.constructor.scrollIntoView(Math.max(at, 0), { y: "start", yMargin: 80 }) });
  }, text);
  await page.waitForTimeout(100);
}

/** Each picture: its file name (without theme and extension), what it shows, the page (the Obsidian tab unless `path`
 * says), its themes (both unless `themes` says), and how a user gets there. */
const SHOTS = [
  {
    name: "worksheet",
    shows: "the Sales strategy worksheet inserted into the venture note, two fields filled, the third selected",
    async steps(page) {
      await page.keyboard.press("Control+End");
      await runCommand(page, "insert profile template", "sales strategy");
      await page.keyboard.type("Families trying a pet before buying one, schools for a project week, photographers for a shoot.");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Families worry about care and safety; schools about paperwork; photographers about the date.");
      await page.keyboard.press("Tab");
      await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-reason")?.textContent === "Recorded in this note");
      await scrollTo(page, "\n## Sales strategy\n");
    },
  },
  {
    name: "sidebar",
    shows: "the copilot sidebar following the venture note: two of its five questions asked and answered, progress 2 of 5",
    async steps(page) {
      const question = (text) => page.locator(".inncopilot-copilot-question-button", { hasText: text });
      await page.keyboard.press("Control+End");
      await question("How do we identify and categorize our stakeholders").click();
      await page.keyboard.type("Families, schools and photographers; each finds us differently and books for a different reason.");
      await question("What are the key stages or touchpoints").click();
      await page.keyboard.type("Hearing of us, booking, delivery, the first night with the animal, and bringing it back.");
      await page.waitForFunction(() => document.querySelector(".inncopilot-copilot-progress span")?.textContent === "2 of 5 answered");
      await scrollTo(page, "Open questions we are working through");
    },
  },
  {
    name: "tool-summary",
    shows: "a tool link's chip expanded: the Business Model Canvas summary from its tool note, under the link in the venture note",
    async steps(page) {
      await scrollTo(page, "Open questions we are working through");
      await page.getByRole("button", { name: "Show the summary of Business Model Canvas" }).click();
      await page.keyboard.press("Control+Home");
      await scrollTo(page, "The animals live in our own licensed facility");
    },
  },
  {
    name: "logseq",
    shows: "the playground's Logseq tab: the Sales strategy worksheet inserted as blocks by the slash command, its first field filled, the copilot panel at the right following the page",
    path: "logseq.html",
    themes: ["light"],
    async steps(page) {
      const panel = page.frameLocator("#inncopilot_iframe").locator(".inncopilot-panel");
      await panel.locator(".inncopilot-copilot-card", { hasText: "Sales strategy" }).waitFor();
      await openPickerFromSlash(page, /^Ideas$/);
      await page.keyboard.type("Sales strategy");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.matches("textarea.editor"));
      await page.keyboard.type("Families trying a pet before buying one, schools for a project week, photographers for a shoot.");
      await page.keyboard.press("Escape");
      // The picker took the plugin's frame, so the panel is closed after it: the toolbar item opens it again.
      await page.locator("#toolbar [data-on-click]").click();
      await panel.locator(".inncopilot-copilot-card", { hasText: "Sales strategy" }).waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.22));
      await page.waitForTimeout(400);
    },
  },
];

/** Opens a fresh page in `theme`, follows the shot's steps, and writes docs/<name>-<theme>.png. */
async function take(browser, url, shot, theme) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme, deviceScaleFactor: 1 });
  try {
    await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL(shot.path ?? "", url).href);
    await shot.steps(page);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(DOCS, `${shot.name}-${theme}.png`);
    await page.screenshot({ path: file });
    if (errors.length > 0) throw new Error(`the page failed while taking ${shot.name}: ${errors.join("; ")}`);
    return file;
  } finally {
    await context.close();
  }
}

const only = process.argv.slice(2);
const shots = SHOTS.filter((shot) => only.length === 0 || only.some((word) => shot.name.includes(word)));
if (shots.length === 0) {
  say(`No picture matches ${only.join(", ")}; there are: ${SHOTS.map((shot) => shot.name).join(", ")}`, true);
  process.exit(1);
}
await mkdir(DOCS, { recursive: true });
const { server, url } = await servePlayground(await buildPlayground(), 0);
const { browser, description } = await launchChromium({ args: ["--font-render-hinting=none"] }).catch((error) => {
  server.close();
  throw error;
});
say(`Taking pictures in ${description}`);
try {
  for (const shot of shots) {
    for (const theme of shot.themes ?? ["light", "dark"]) {
      const file = await take(browser, url, shot, theme);
      say(`${path.relative(ROOT, file)}: ${shot.shows} (${theme})`);
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
