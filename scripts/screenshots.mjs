// `npm run screenshots`: builds the playground, drives it in Debian's Chromium as a user would, and writes the README's
// pictures to docs/*.png, each in the light and the dark theme. Nothing is faked: every picture is the real page.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { buildPlayground, servePlayground } from "./playground-server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = path.join(ROOT, "docs");
const CHROMIUM = "/usr/bin/chromium";
const VIEWPORT = { width: 1280, height: 760 };

/** Prints a line to stdout, or with `toStderr` to stderr. */
function say(text, toStderr = false) {
  (toStderr ? process.stderr : process.stdout).write(`${text}\n`);
}

/** Puts the cursor at the end of the first editor line containing `text`. */
async function clickAfter(page, text) {
  const line = page.locator(".cm-line", { hasText: text }).first();
  const box = await line.boundingBox();
  await line.click({ position: { x: box.width - 2, y: box.height - 4 } });
}

/** Each picture: its file name (without theme and extension), what it shows, and how a user gets there. */
const SHOTS = [
  {
    name: "playground",
    shows: "the playground: the demo notes, the venture note open in the editor",
    async steps(page) {
      await clickAfter(page, "Where in the rental do things go wrong");
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
    await page.goto(url);
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
const browser = await chromium
  .launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] })
  .catch((error) => {
    server.close();
    throw new Error(`could not start ${CHROMIUM} (on Debian: apt-get install chromium fonts-noto-color-emoji)\n${error.message}`);
  });
try {
  for (const shot of shots) {
    for (const theme of ["light", "dark"]) {
      const file = await take(browser, url, shot, theme);
      say(`${path.relative(ROOT, file)}: ${shot.shows} (${theme})`);
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
