// Tool links in Live Preview, in Chromium: typing and scrolling in a 10,000-line note with 2,000 tool links, the editor
// with the extension against the same editor without it, and against one with the cheapest widget there is after the
// same links (the floor any chip stands on). The editors take the same warm-up, then are interleaved through several
// whole passes; each pass gives its own ratios (medians of whole update cycles: real key presses, then CodeMirror's
// measure and draw), and the figures are the median of those ratios, with their spread. Beside them, the same ratios
// in main-thread CPU time (thread ticks), which a loaded machine does not inflate the way it does wall-clock time.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, report } from "./support.mjs";
import { launchChromium } from "../test/browser/chromium.mjs";

const PAGE_URL = "http://localhost/tool-links-bench.html";
/** The three editors of the page: with the extension, without it, and with the cheapest widget after the same links. */
const EDITORS = ["with", "without", "floor"];
/** Whole passes over every measurement; each gives its own ratios, reported as their median and spread. */
const PASSES = 5;
const ROUNDS = 8;
const KEYS_PER_ROUND = 8;
const SCROLLS = 10;
const REBUILD_BATCHES = 6;
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

/** The order the editors go in for round `round`: rotated and reversed in turn, so none always goes first or after the same one. */
function order(round) {
  const shift = round % EDITORS.length;
  const rotated = [...EDITORS.slice(shift), ...EDITORS.slice(0, shift)];
  return Math.floor(round / EDITORS.length) % 2 === 0 ? rotated : rotated.reverse();
}

/** The median of a list of per-pass values, and its spread. */
function summary(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

const ratio = (value) => `${value.toFixed(3)}×`;
const spread = (values) => `median ${ratio(median(values))}, spread ${ratio(Math.min(...values))}–${ratio(Math.max(...values))} over ${values.length} passes`;

const ms = (value) => `${value.toFixed(3)} ms`;

const { js, css } = await bundlePage();
// The Chromium the browser tests use (Debian's when installed, else the packaged one), so the bench runs wherever they do.
const { browser, description } = await launchChromium();
console.log(description);
try {
  const page = await browser.newPage({ viewport: { width: 1980, height: 760 } });
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><style>${css}\nbody{display:flex;gap:16px;margin:0}#with,#without,#floor{width:640px}</style></head>` +
    `<body><div id="with"></div><div id="without"></div><div id="floor"></div><script>${js}</script></body></html>`;
  // Served from memory as a cross-origin-isolated page, where performance.now() is precise to microseconds, not 0.1 ms.
  await page.route("**/*", (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ contentType: "text/html", body: html, headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" } })
      : route.abort(),
  );
  await page.goto(PAGE_URL);
  if (!(await page.evaluate(() => window.crossOriginIsolated))) console.log("note: the page is not cross-origin isolated, so times are rounded to 0.1 ms");
  await page.waitForFunction(() => window.toolLinksBench !== undefined);

  // Every editor shows the middle of the note, the cursor at the end of a line with two tool links.
  await page.evaluate(() => {
    for (const view of Object.values(window.toolLinksBench.editors)) {
      const line = view.state.doc.line(5001);
      view.dispatch({ selection: { anchor: line.to }, scrollIntoView: true });
    }
  });
  await page.waitForTimeout(300);
  const chips = await page.evaluate(() => window.toolLinksBench.chips());
  console.log(`10,000 lines, 2,000 tool links; ${chips} chips drawn in the visible part of the editor with the extension`);

  const floorWidgets = await page.evaluate(() => window.toolLinksBench.floorWidgets());
  console.log(`the floor editor draws ${floorWidgets} empty widgets in its viewport (after the same links)`);

  // Main-thread CPU time (thread ticks, which other processes on a loaded machine do not inflate), read around each cycle.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const cpuMs = async () => ((await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0) * 1000;

  /** One typing round in `name`: KEYS_PER_ROUND timed key presses, then as many Backspaces; the median cycle. */
  async function typeRound(name) {
    await page.evaluate(async (which) => {
      window.toolLinksBench.editors[which].focus();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, name);
    const cycles = [];
    for (let key = 0; key < KEYS_PER_ROUND; key++) {
      const cpuBefore = await cpuMs();
      await page.evaluate((which) => window.toolLinksBench.startCycle(which), name);
      await page.keyboard.press(key % 5 === 4 ? "Space" : "KeyA");
      const cycle = await page.evaluate((which) => window.toolLinksBench.endCycle(which), name);
      cycles.push({ ...cycle, cpu: (await cpuMs()) - cpuBefore });
    }
    for (let key = 0; key < KEYS_PER_ROUND; key++) await page.keyboard.press("Backspace");
    // Its deferred work (re-reading the Tools section once typing pauses) runs now, not inside the next editor's round.
    await page.evaluate((which) => window.toolLinksBench.settled(which), name);
    const of = (part) => median(cycles.map(part));
    return { total: of((cycle) => cycle.input + cycle.measure), input: of((cycle) => cycle.input), measure: of((cycle) => cycle.measure), cpu: of((cycle) => cycle.cpu) };
  }

  /** One scroll jump of `name` to `fraction` of its height: the measure passes that draw the new viewport, and the CPU of the whole jump. */
  async function jump(name, fraction) {
    const cpuBefore = await cpuMs();
    await page.evaluate(([which, at]) => {
      window.toolLinksBench.startCycle(which);
      window.toolLinksBench.scrollTo(which, at);
    }, [name, fraction]);
    const { measure } = await page.evaluate((which) => window.toolLinksBench.endCycle(which), name);
    return { measure, cpu: (await cpuMs()) - cpuBefore };
  }

  const fractions = Array.from({ length: SCROLLS * PASSES }, (_, i) => ((i * 0.37) % 0.9) + 0.05);
  // The same warm-up for every editor, discarded: two typing rounds and four jumps each, then back to line 5,001.
  for (let round = 0; round < 2; round++) for (const name of order(round)) await typeRound(name);
  for (let i = 0; i < 4; i++) for (const name of order(i)) await jump(name, fractions[(i * 7) % fractions.length]);
  await page.evaluate(() => {
    for (const view of Object.values(window.toolLinksBench.editors)) view.dispatch({ selection: { anchor: view.state.doc.line(5001).to }, scrollIntoView: true });
  });
  await page.waitForTimeout(300);

  const passes = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const typing = Object.fromEntries(EDITORS.map((name) => [name, { total: [], input: [], measure: [], cpu: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of order(pass * ROUNDS + round)) {
        const cycle = await typeRound(name);
        for (const part of ["total", "input", "measure", "cpu"]) typing[name][part].push(cycle[part]);
      }
    }
    const scrolls = Object.fromEntries(EDITORS.map((name) => [name, []]));
    const scrollCpu = Object.fromEntries(EDITORS.map((name) => [name, []]));
    for (let i = 0; i < SCROLLS; i++) {
      for (const name of order(pass * SCROLLS + i)) {
        const { measure, cpu } = await jump(name, fractions[pass * SCROLLS + i]);
        scrolls[name].push(measure);
        scrollCpu[name].push(cpu);
      }
    }
    // Scrolled back, so that every pass types in the same part of the note.
    await page.evaluate(() => {
      for (const view of Object.values(window.toolLinksBench.editors)) view.dispatch({ selection: { anchor: view.state.doc.line(5001).to }, scrollIntoView: true });
    });
    await page.waitForTimeout(100);
    const rebuilds = { with: [], without: [] };
    for (let batch = 0; batch < REBUILD_BATCHES; batch++) {
      for (const name of batch % 2 === 0 ? ["with", "without"] : ["without", "with"]) {
        rebuilds[name].push(await page.evaluate(([which, count]) => window.toolLinksBench.timeRebuilds(which, count), [name, REBUILDS_PER_BATCH]));
      }
    }
    // Each ratio pairs measurements taken next to each other (one round, one jump to the same place), so that a change
    // in the machine's load between rounds cancels out; a pass's ratio is the median of its pairs.
    const paired = (samples, name, base) => median(samples[name].map((value, i) => value / samples[base][i]));
    const totals = Object.fromEntries(EDITORS.map((name) => [name, typing[name].total]));
    const typingCpu = Object.fromEntries(EDITORS.map((name) => [name, typing[name].cpu]));
    passes.push({
      typing: Object.fromEntries(EDITORS.map((name) => [name, { total: median(typing[name].total), input: median(typing[name].input), measure: median(typing[name].measure) }])),
      scroll: Object.fromEntries(EDITORS.map((name) => [name, median(scrolls[name])])),
      rebuild: { with: median(rebuilds.with), without: median(rebuilds.without) },
      ratios: {
        typing: paired(totals, "with", "without"),
        typingFloor: paired(totals, "floor", "without"),
        scroll: paired(scrolls, "with", "without"),
        scrollFloor: paired(scrolls, "floor", "without"),
        scrollOverFloor: paired(scrolls, "with", "floor"),
        typingCpu: paired(typingCpu, "with", "without"),
        typingCpuFloor: paired(typingCpu, "floor", "without"),
        scrollCpu: paired(scrollCpu, "with", "without"),
        scrollCpuFloor: paired(scrollCpu, "floor", "without"),
      },
    });
    const { ratios } = passes[pass];
    console.log(`pass ${pass + 1}: typing ${ratio(ratios.typing)} (floor ${ratio(ratios.typingFloor)}), scroll ${ratio(ratios.scroll)} (floor ${ratio(ratios.scrollFloor)})`);
  }

  const across = (pick) => passes.map(pick);
  const typed = Object.fromEntries(EDITORS.map((name) => [name, median(across((p) => p.typing[name].total))]));
  const typingRatios = across((p) => p.ratios.typing);
  const typingFloorRatios = across((p) => p.ratios.typingFloor);
  console.log(`typing, per key press (input handled and drawn + measure pass), ${PASSES} passes of ${ROUNDS} rounds of ${KEYS_PER_ROUND} keys, editors interleaved:`);
  const labels = { with: "with the extension", without: "without it", floor: "empty widgets (floor)" };
  for (const name of EDITORS) {
    const input = median(across((p) => p.typing[name].input));
    const measure = median(across((p) => p.typing[name].measure));
    console.log(`  ${labels[name].padEnd(22)} ${ms(typed[name])} (input ${ms(input)}, measure ${ms(measure)})`);
  }
  console.log(`  with ÷ without: ${spread(typingRatios)} (goal ≤ 1.03×)`);
  console.log(`  floor ÷ without: ${spread(typingFloorRatios)}`);
  console.log(`  main-thread CPU per key press: with ÷ without ${spread(across((p) => p.ratios.typingCpu))}; floor ÷ without ${spread(across((p) => p.ratios.typingCpuFloor))}`);

  const scrolled = Object.fromEntries(EDITORS.map((name) => [name, median(across((p) => p.scroll[name]))]));
  const scrollRatios = across((p) => p.ratios.scroll);
  const scrollFloorRatios = across((p) => p.ratios.scrollFloor);
  console.log(`scroll jump to a new part of the note (measure pass: new viewport, decorations, drawing), ${PASSES} passes of ${SCROLLS} jumps:`);
  console.log(`  with the extension ${ms(scrolled.with)}, without ${ms(scrolled.without)}, empty widgets ${ms(scrolled.floor)}`);
  console.log(`  with ÷ without: ${spread(scrollRatios)} (goal ≤ 1.10×)`);
  console.log(`  floor ÷ without: ${spread(scrollFloorRatios)}; with ÷ floor: ${spread(across((p) => p.ratios.scrollOverFloor))}`);

  console.log(`  main-thread CPU per jump: with ÷ without ${spread(across((p) => p.ratios.scrollCpu))}; floor ÷ without ${spread(across((p) => p.ratios.scrollCpuFloor))}`);

  const rebuilt = { with: median(across((p) => p.rebuild.with)), without: median(across((p) => p.rebuild.without)) };
  console.log(`viewport rebuild (every visible line resolved again, chips kept), ${PASSES} passes of ${REBUILD_BATCHES} batches of ${REBUILDS_PER_BATCH}:`);
  console.log(`  ${ms(rebuilt.with)} per rebuild (goal < 1 ms); a no-op dispatch in the editor without the extension takes ${ms(rebuilt.without)}`);

  report([
    {
      name: "typing in a 10,000-line note with 2,000 tool links, per key press",
      value: typed.with,
      unit: "ms",
      baseline: "the same editor without the extension",
      baselineValue: typed.without,
      ratio: median(typingRatios),
      spread: summary(typingRatios),
      cpuRatio: summary(across((p) => p.ratios.typingCpu)),
      goal: "≤ 1.03×",
    },
    {
      name: "typing, the cheapest widget (an empty span) after the same links",
      value: typed.floor,
      unit: "ms",
      baseline: "the same editor without the extension",
      baselineValue: typed.without,
      ratio: median(typingFloorRatios),
      spread: summary(typingFloorRatios),
      cpuRatio: summary(across((p) => p.ratios.typingCpuFloor)),
      goal: "— (floor)",
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
      ratio: median(scrollRatios),
      spread: summary(scrollRatios),
      cpuRatio: summary(across((p) => p.ratios.scrollCpu)),
      goal: "≤ 1.10×",
    },
    {
      name: "scroll jump, the cheapest widget (an empty span) after the same links",
      value: scrolled.floor,
      unit: "ms",
      baseline: "the same editor without the extension",
      baselineValue: scrolled.without,
      ratio: median(scrollFloorRatios),
      spread: summary(scrollFloorRatios),
      cpuRatio: summary(across((p) => p.ratios.scrollCpuFloor)),
      goal: "— (floor)",
    },
  ]);
} finally {
  await browser.close();
}
