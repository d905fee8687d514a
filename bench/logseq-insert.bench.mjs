// Insert profile template in the Logseq plugin, in Chromium: the built plugin (dist/logseq, the real SDK 0.2.12) inside
// the Logseq test host of the browser tests (test/browser/pages/logseq-host.ts, its block store imitating the 0.10.9
// host's insertBatchBlock with mldoc). Each round inserts the seed's worksheet (Sales strategy) with real key presses
// (slash command, picker, Enter) into a fresh page; beside it, in the same page, one bare insertBatchBlock of the same
// tree straight into the store, and the same call through the SDK from the plugin's frame. Medians over the rounds; the
// span is split where the plugin's frame sent each message and where the host received it.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";
import { median, report } from "./support.mjs";
import { openPickerFromSlash } from "../test/browser/logseq-slash.mjs";

const CHROMIUM = "/usr/bin/chromium";
const ORIGIN = "http://localhost";
const ROUNDS = 15;
const BARE_PER_ROUND = 3;
const GOAL_MS = 10;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

/** The host page and the plugin folder, by URL path. */
async function files() {
  const bundled = await build({
    entryPoints: { "logseq-host": "test/browser/pages/logseq-host.ts" },
    outdir: "bench-out",
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    minify: true,
    loader: { ".hbs": "text", ".md": "text" },
    logLevel: "error",
  });
  const text = (extension) => bundled.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? "";
  const served = new Map([
    ["/logseq-host.html", `<!doctype html><html><head><meta charset="utf-8"><style>${text(".css")}</style></head><body><script>${text(".js")}</script></body></html>`],
  ]);
  execFileSync(process.execPath, ["scripts/build-logseq.mjs"], { stdio: "ignore" });
  for (const name of readdirSync("dist/logseq")) served.set(`/logseq-plugin/${name}`, readFileSync(join("dist/logseq", name)));
  return served;
}

const served = await files();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  // Served from memory, cross-origin isolated (the frame too), so that performance.now() is precise to microseconds.
  await page.route("**/*", (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = served.get(path);
    if (!route.request().url().startsWith(ORIGIN) || body === undefined) return route.abort();
    return route.fulfill({ contentType: TYPES[extname(path)] ?? "text/plain", body, headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" } });
  });
  await page.goto(`${ORIGIN}/logseq-host.html?purify=2`);
  if (!(await page.evaluate(() => window.crossOriginIsolated))) console.log("note: the page is not cross-origin isolated, so times are rounded to 0.1 ms");
  await page.waitForFunction(() => window.logseqHost?.state.slash.length > 0 && window.logseqHost.state.commands.length >= 3);
  const plugin = page.frames().find((frame) => frame.url().includes("logseq-plugin/index.html"));
  // In the plugin's frame, on the shared clock (timeOrigin + now): the picker's Enter before the plugin sees it, and each
  // message the SDK sends to the host and gets from it, so that the span can be split where each side spent it.
  await plugin.evaluate(() => {
    const clock = () => performance.timeOrigin + performance.now();
    window.__log = [];
    document.addEventListener("keydown", (event) => {
      if (event.key === "Enter") window.__enterAt = clock();
    }, true);
    const send = window.parent.postMessage.bind(window.parent);
    window.parent.postMessage = (message, ...rest) => {
      const data = message?.value?.data;
      window.__log.push({ at: clock(), dir: "out", what: data?.payload?.method ?? data?.type ?? message?.postmate });
      return send(message, ...rest);
    };
    window.addEventListener("message", (event) => window.__log.push({ at: clock(), dir: "in", what: event.data?.property }), true);
  });

  // Round 0 warms up (the first insertion compiles the plugin's code and mldoc's) and is not counted. Each counted round
  // first times the bare insertBatchBlock of the last round's tree on the settled page, then runs the command.
  const rounds = [];
  let tree = null;
  for (let round = 0; round <= ROUNDS; round++) {
    await page.waitForTimeout(100);
    const bare = tree === null ? 0 : await page.evaluate(([blocks, count]) => {
      const times = [];
      for (let i = 0; i < count; i++) times.push(window.logseqHost.bareInsert(blocks));
      return times.sort((a, b) => a - b)[count >> 1];
    }, [tree, BARE_PER_ROUND]);
    const name = `Venture ${round}`;
    await page.evaluate((venture) => {
      window.logseqHost.open({ [venture]: [{ content: "We rent animals for a weekend." }, { content: "Ideas" }] }, venture);
      window.logseqHost.state.insertedAt = 0;
    }, name);
    await openPickerFromSlash(page, /^Ideas$/);
    await page.keyboard.type("Sales strategy");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.logseqHost.state.insertedAt > 0 && document.activeElement?.matches("textarea.editor"));
    const { enterAt, log } = await plugin.evaluate(() => {
      const taken = window.__log.filter((entry) => entry.at >= window.__enterAt);
      window.__log = [];
      return { enterAt: window.__enterAt, log: taken };
    });
    const messages = log.filter((entry) => entry.dir === "out");
    const insertAt = messages.findIndex((entry) => entry.what === "insertBatchBlock");
    const sequence = messages.slice(0, insertAt + 1);
    const times = await page.evaluate(([enter, first, insertSentAt]) => {
      const { state } = window.logseqHost;
      const origin = performance.timeOrigin;
      const after = state.calls.filter((call) => call.at + origin >= enter);
      const insert = after.find((call) => call.method === "insertbatchblock");
      // Where the host got the plugin's first message after the Enter: hideMainUI, or an editor call by its name.
      const name = first.what.replace(/[^a-z0-9]/gi, "").toLowerCase();
      const got = first.what === "main-ui:visible" ? state.pickedAt : after.find((call) => call.method === name)?.at;
      return {
        command: state.insertedAt + origin - enter,
        firstReceived: (got ?? NaN) + origin,
        delivery: insert.at + origin - insertSentAt,
        store: state.insertedAt - insert.at,
        blocks: JSON.stringify(insert.args[1]).split('"content"').length - 1,
      };
    }, [enterAt, sequence[0], sequence[insertAt].at]);
    // The same tree once more, through the SDK from the plugin's frame: call to reply, on a scratch page.
    tree = await page.evaluate(() => window.logseqHost.state.calls.findLast((call) => call.method === "insertbatchblock").args[1]);
    const anchor = await page.evaluate((scratch) => {
      const store = window.logseqHost.store;
      return store.tree(store.addPage(scratch, [{ content: "anchor" }]))[0].uuid;
    }, `SDK scratch ${round}`);
    const sdk = await plugin.evaluate(async ([uuid, blocks]) => {
      const started = performance.now();
      await window.logseq.Editor.insertBatchBlock(uuid, blocks, { sibling: true });
      return performance.now() - started;
    }, [anchor, tree]);
    if (round > 0) {
      const insertSent = sequence[insertAt].at;
      rounds.push({
        ...times,
        bare,
        sdk,
        sequence,
        picker: sequence[0].at - enterAt,
        firstWait: times.firstReceived - sequence[0].at,
        rest: insertSent - times.firstReceived,
        build: insertSent - sequence[insertAt - 1].at,
        offsets: sequence.map((entry) => entry.at - enterAt),
      });
    }
    await page.keyboard.press("Escape");
  }
  const med = (key) => median(rounds.map((each) => each[key]));
  const spread = (key) => {
    const values = rounds.map((each) => each[key]).sort((a, b) => a - b);
    return `${values[0].toFixed(2)}–${values[values.length - 1].toFixed(2)}`;
  };
  const ms = (key) => `${med(key).toFixed(2)} ms (${spread(key)})`;
  const names = rounds[0].sequence.map((entry) => entry.what);
  const offsets = names.map((name, i) => `${name} +${median(rounds.map((each) => each.offsets[i] ?? NaN)).toFixed(2)}`);
  console.log(`the seed's worksheet (${rounds[0].blocks} blocks), ${ROUNDS} rounds, median (min–max):`);
  console.log(`  the picker's Enter → blocks in the store: ${ms("command")}`);
  console.log(`    what the plugin's frame sent after the Enter, median ms after it: ${offsets.join(", ")}`);
  console.log(`    the plugin: Enter → its first message sent (the picker closes)                 ${ms("picker")}`);
  console.log(`    waiting: that first message sent → the host has it                            ${ms("firstWait")}`);
  console.log(`      (the host and the plugin's frame share one main thread, and the browser handles the rest of the key`);
  console.log(`      press before posted messages: the first message after the Enter waits, whichever call it is)`);
  console.log(`    the plugin: the host has its first message → insertBatchBlock sent (its other calls, the worksheet) ${ms("rest")}`);
  console.log(`      of which its last stretch, after its last other message (the worksheet built) ${ms("build")}`);
  console.log(`    insertBatchBlock sent → the host has it (postMessage, the tree cloned)         ${ms("delivery")}`);
  console.log(`    the host's insertBatchBlock (the block store, mldoc per block)                 ${ms("store")}`);
  console.log(`  one bare insertBatchBlock of the same tree into the store: ${ms("bare")}`);
  console.log(`  one insertBatchBlock of the same tree through the SDK from the plugin's frame (call to reply): ${ms("sdk")}`);
  const own = median(rounds.map((each) => each.picker + each.rest));
  report([
    {
      name: "Insert profile template (the seed's worksheet): the picker's Enter to blocks in the store",
      value: med("command"),
      unit: "ms",
      baseline: "one bare insertBatchBlock of the same tree",
      baselineValue: med("bare"),
      ratio: med("command") / med("bare"),
      goal: `< ${GOAL_MS} ms`,
    },
    {
      name: "one insertBatchBlock of the same tree through the SDK, from the plugin's frame (call to reply)",
      value: med("sdk"),
      unit: "ms",
      baseline: "one bare insertBatchBlock of the same tree",
      baselineValue: med("bare"),
      ratio: med("sdk") / med("bare"),
      goal: "—",
    },
    {
      name: "the plugin's share of the command: Enter to insertBatchBlock sent, less the wait of its first message",
      value: own,
      unit: "ms",
      baseline: "one bare insertBatchBlock of the same tree",
      baselineValue: med("bare"),
      ratio: own / med("bare"),
      goal: "—",
    },
  ]);
} finally {
  await browser.close();
}
