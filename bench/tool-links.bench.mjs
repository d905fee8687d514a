// Tool links in Live Preview, in Chromium: typing and scrolling in a 10,000-line note with 2,000 tool links, the editor
// with the extension against the same editor without it. The two are alternated and measured side by side in one run;
// each figure is the median of several rounds of whole update cycles (real key presses, then CodeMirror's measure and draw).
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { median, report } from "./support.mjs";

const CHROMIUM = "/usr/bin/chromium";
const PAGE_URL = "http://localhost/tool-links-bench.html";
const ROUNDS = 40;
const KEYS_PER_ROUND = 8;
const SCROLLS = 24;
const REBUILD_BATCHES = 30;
const REBUILDS_PER_BATCH = 20;

/** Bundles the benchmark page (script and styles) into strings. */
async function bundlePage() {
  const outdir = mkdtempSync(join(tmpdir(), "inncopilot-bench-"));
  try {
    const result = await build({
      entryPoints: ["bench/tool-links-page.ts"],
      bundle: true,
      format: "iife",
      platform: "browser",
      outdir,
      write: false,
      minify: true,
      loader: { ".hbs": "text", ".md": "text" },
      logLevel: "error",
    });
    const text = (extension) => result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? "";
    return { js: text(".js"), css: text(".css") };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The order the two editors go in for round `round`: alternated, so neither always goes first. */
function order(round) {
  return round % 2 === 0 ? ["with", "without"] : ["without", "with"];
}

const ms = (value) => `${value.toFixed(3)} ms`;

const { js, css } = await bundlePage();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
try {
  const page = await browser.newPage({ viewport: { width: 1320, height: 760 } });
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><style>${css}\nbody{display:flex;gap:16px;margin:0}#with,#without{width:640px}</style></head>` +
    `<body><div id="with"></div><div id="without"></div><script>${js}</script></body></html>`;
  // Served from memory as a cross-origin-isolated page, where performance.now() is precise to microseconds, not 0.1 ms.
  await page.route("**/*", (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ contentType: "text/html", body: html, headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" } })
      : route.abort(),
  );
  await page.goto(PAGE_URL);
  if (!(await page.evaluate(() => window.crossOriginIsolated))) console.log("note: the page is not cross-origin isolated, so times are rounded to 0.1 ms");
  await page.waitForFunction(() => window.toolLinksBench !== undefined);

  // Both editors show the middle of the note, the cursor at the end of a line with two tool links.
  await page.evaluate(() => {
    for (const view of Object.values(window.toolLinksBench.editors)) {
      const line = view.state.doc.line(5001);
      view.dispatch({ selection: { anchor: line.to }, scrollIntoView: true });
    }
  });
  await page.waitForTimeout(300);
  const chips = await page.evaluate(() => window.toolLinksBench.chips());
  console.log(`10,000 lines, 2,000 tool links; ${chips} chips drawn in the visible part of the editor with the extension`);

  const typing = { with: [], without: [] };
  const parts = { with: { input: [], measure: [] }, without: { input: [], measure: [] } };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of order(round)) {
      await page.evaluate(async (which) => {
        window.toolLinksBench.editors[which].focus();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }, name);
      const cycles = [];
      for (let key = 0; key < KEYS_PER_ROUND; key++) {
        await page.evaluate((which) => window.toolLinksBench.startCycle(which), name);
        await page.keyboard.press(key % 5 === 4 ? "Space" : "KeyA");
        cycles.push(await page.evaluate((which) => window.toolLinksBench.endCycle(which), name));
      }
      for (let key = 0; key < KEYS_PER_ROUND; key++) await page.keyboard.press("Backspace");
      typing[name].push(median(cycles.map((cycle) => cycle.input + cycle.measure)));
      parts[name].input.push(median(cycles.map((cycle) => cycle.input)));
      parts[name].measure.push(median(cycles.map((cycle) => cycle.measure)));
    }
  }
  const typed = { with: median(typing.with), without: median(typing.without) };
  const typingRatio = typed.with / typed.without;
  console.log(`typing, per key press (input handled and drawn + measure pass), median of ${ROUNDS} rounds of ${KEYS_PER_ROUND} keys:`);
  for (const name of ["with", "without"]) {
    console.log(`  ${name.padEnd(7)} the extension: ${ms(typed[name])} (input ${ms(median(parts[name].input))}, measure ${ms(median(parts[name].measure))})`);
  }
  console.log(`  ratio ${typingRatio.toFixed(3)}× (goal ≤ 1.10×)`);

  const fractions = Array.from({ length: SCROLLS }, (_, i) => ((i * 0.37) % 0.9) + 0.05);
  const scrolls = { with: [], without: [] };
  for (let i = 0; i < SCROLLS; i++) {
    for (const name of order(i)) {
      await page.evaluate(([which, fraction]) => {
        window.toolLinksBench.startCycle(which);
        window.toolLinksBench.scrollTo(which, fraction);
      }, [name, fractions[i]]);
      scrolls[name].push((await page.evaluate((which) => window.toolLinksBench.endCycle(which), name)).measure);
    }
  }
  const scrolled = { with: median(scrolls.with), without: median(scrolls.without) };
  console.log(`scroll jump to a new part of the note (measure pass: new viewport, decorations, drawing), median of ${SCROLLS}:`);
  console.log(`  with the extension ${ms(scrolled.with)}, without ${ms(scrolled.without)}: ${ms(scrolled.with - scrolled.without)} more, ratio ${(scrolled.with / scrolled.without).toFixed(3)}×`);

  const rebuilds = { with: [], without: [] };
  for (let batch = 0; batch < REBUILD_BATCHES; batch++) {
    for (const name of order(batch)) {
      rebuilds[name].push(await page.evaluate(([which, count]) => window.toolLinksBench.timeRebuilds(which, count), [name, REBUILDS_PER_BATCH]));
    }
  }
  const rebuilt = { with: median(rebuilds.with), without: median(rebuilds.without) };
  console.log(`viewport rebuild (every visible line resolved again, chips kept), median of ${REBUILD_BATCHES} batches of ${REBUILDS_PER_BATCH}:`);
  console.log(`  ${ms(rebuilt.with)} per rebuild (goal < 1 ms); a no-op dispatch in the editor without the extension takes ${ms(rebuilt.without)}`);

  report([
    {
      name: "typing in a 10,000-line note with 2,000 tool links, per key press",
      value: typed.with,
      unit: "ms",
      baseline: "the same editor without the extension",
      baselineValue: typed.without,
      ratio: typingRatio,
      goal: "≤ 1.10×",
    },
    {
      name: "viewport rebuild (all visible lines)",
      value: rebuilt.with,
      unit: "ms",
      baseline: "a no-op dispatch without the extension",
      baselineValue: rebuilt.without,
      ratio: rebuilt.with / rebuilt.without,
      goal: "< 1 ms",
    },
    {
      name: "scroll jump (new viewport measured and drawn)",
      value: scrolled.with,
      unit: "ms",
      baseline: "the same editor without the extension",
      baselineValue: scrolled.without,
      ratio: scrolled.with / scrolled.without,
      goal: "—",
    },
  ]);
} finally {
  await browser.close();
}
