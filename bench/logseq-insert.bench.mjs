// Insert profile template in the Logseq plugin, in Chromium: the built plugin (dist/logseq, the real SDK 0.2.12) inside
// the Logseq test host of the browser tests (test/browser/pages/logseq-host.ts, its block store imitating the 0.10.9
// host's insertBatchBlock with mldoc). Each round inserts the seed's worksheet (Sales strategy) with real key presses
// (slash command, picker, Enter) into a fresh page, once the plugin has gone quiet after the last round (its graph
// refresh follows a change by half a second); beside it, in the same page, one bare insertBatchBlock of the same tree
// straight into the store, and the same call through the SDK from the plugin's frame. The first rounds warm up (they
// compile the plugin's code and mldoc's) and are not counted; the rest give medians and their spread (min–max). The
// span is split where the plugin's frame sent each message, got each reply, and where the host received the insertion.
// Under the bare call lies its floor, timed beside it: mldoc's parse of each block, which the real host runs too.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { median, report } from "./support.mjs";
import { openPickerFromSlash } from "../test/browser/logseq-slash.mjs";
import { launchChromium } from "../test/browser/chromium.mjs";

const ORIGIN = "http://localhost";
const ROUNDS = 15;
const WARM_UP = 2;
const QUIET_MS = 700;
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
// The Chromium the browser tests use (Debian's when installed, else the packaged one), so the bench runs wherever they do.
const { browser, description } = await launchChromium();
console.log(description);
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

  // In the host: when it posts each reply to the plugin's frame (its post() goes through the frame window's postMessage).
  await page.evaluate(() => {
    window.__replies = [];
    const target = document.querySelector("#inncopilot_iframe").contentWindow;
    const send = target.postMessage.bind(target);
    target.postMessage = (message, ...rest) => {
      if (message?.property === "#lspmsg#reply#") window.__replies.push(performance.timeOrigin + performance.now());
      return send(message, ...rest);
    };
  });

  /** Waits until the plugin's frame has sent and received nothing for QUIET_MS (the last round's refresh is over). */
  const quiet = async () => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const last = await plugin.evaluate(() => window.__log.at(-1)?.at ?? 0);
      if (Date.now() - last > QUIET_MS) return;
      await page.waitForTimeout(100);
    }
  };

  const rounds = [];
  let tree = null;
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    await quiet();
    const [bare, parse] = tree === null ? [0, 0] : await page.evaluate(([blocks, count]) => {
      const inserts = [];
      const parses = [];
      for (let i = 0; i < count; i++) {
        inserts.push(window.logseqHost.bareInsert(blocks));
        parses.push(window.logseqHost.bareParse(blocks));
      }
      const middle = (times) => times.sort((a, b) => a - b)[count >> 1];
      return [middle(inserts), middle(parses)];
    }, [tree, BARE_PER_ROUND]);
    const name = `Venture ${round}`;
    await page.evaluate((venture) => {
      window.logseqHost.open({ [venture]: [{ content: "We rent animals for a weekend." }, { content: "Ideas" }] }, venture);
      window.logseqHost.state.insertedAt = 0;
    }, name);
    await openPickerFromSlash(page, /^Ideas$/);
    await page.keyboard.type("Sales strategy");
    await quiet();
    await plugin.evaluate(() => (window.__log = []));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.logseqHost.state.insertedAt > 0 && document.activeElement?.matches("textarea.editor"));
    const { enterAt, log } = await plugin.evaluate(() => {
      const taken = window.__log.filter((entry) => entry.at >= window.__enterAt);
      window.__log = [];
      return { enterAt: window.__enterAt, log: taken };
    });
    const insertIndex = log.findIndex((entry) => entry.dir === "out" && entry.what === "insertBatchBlock");
    const before = log.slice(0, insertIndex + 1);
    const sent = before.filter((entry) => entry.dir === "out");
    const insertSent = log[insertIndex].at;
    const times = await page.evaluate(([enter, sentAt, reads]) => {
      const { state } = window.logseqHost;
      const origin = performance.timeOrigin;
      const insert = state.calls.findLast((call) => call.method === "insertbatchblock");
      // Each read the plugin sent before the insertion waits for its reply (the SDK's calls are awaited one by one):
      // from the read sent to the host's reply posted back.
      const replies = window.__replies.filter((at) => at >= enter && at <= sentAt);
      window.__replies = [];
      const waits = reads.map((sentRead) => (replies.find((at) => at > sentRead) ?? sentRead) - sentRead);
      return {
        waits: waits.reduce((sum, each) => sum + each, 0),
        lastReply: replies.at(-1) ?? enter,
        command: state.insertedAt + origin - enter,
        delivery: insert.at + origin - sentAt,
        store: state.insertedAt - insert.at,
        hiddenAfter: state.hiddenAt - state.insertedAt,
        blocks: JSON.stringify(insert.args[1]).split('"content"').length - 1,
      };
    }, [enterAt, insertSent, sent.slice(0, -1).map((entry) => entry.at)]);
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
    if (round >= WARM_UP) {
      rounds.push({
        ...times,
        bare,
        parse,
        sdk,
        sent: sent.map((entry) => entry.what),
        offsets: sent.map((entry) => entry.at - enterAt),
        reaction: sent[0].at - enterAt,
        build: insertSent - times.lastReply,
        plugin: insertSent - enterAt,
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
  const names = rounds[0].sent;
  const offsets = names.map((name, i) => `${name} +${median(rounds.map((each) => each.offsets[i] ?? NaN)).toFixed(2)}`);
  console.log(`the seed's worksheet (${rounds[0].blocks} blocks), ${ROUNDS} rounds after ${WARM_UP} to warm up, median (min–max):`);
  console.log(`  the picker's Enter → blocks in the store: ${ms("command")}`);
  console.log(`    what the plugin's frame sent after the Enter, up to the insertion, median ms after it: ${offsets.join(", ")}`);
  console.log(`    the plugin: Enter → insertBatchBlock sent                                       ${ms("plugin")}`);
  console.log(`      Enter → its first message sent                                              ${ms("reaction")}`);
  console.log(`      waiting for the host's replies to its ${names.length - 1} read(s): each sent → its reply posted   ${ms("waits")}`);
  console.log(`      the last reply posted (else the Enter) → insertBatchBlock sent                ${ms("build")}`);
  console.log(`    insertBatchBlock sent → the host has it (postMessage, the tree cloned)         ${ms("delivery")}`);
  console.log(`    the host's insertBatchBlock (the block store, mldoc per block)                 ${ms("store")}`);
  console.log(`  the frame hidden, after the blocks are in the store: ${ms("hiddenAfter")}`);
  console.log(`  one bare insertBatchBlock of the same tree into the store: ${ms("bare")}`);
  console.log(`    of which mldoc alone, one parse per block at Logseq's configuration (the floor the host shares): ${ms("parse")}`);
  // The bare call is timed in the same round, just before the command: their ratio cancels some of the machine's load.
  for (const each of rounds) each.ratio = each.command / each.bare;
  console.log(`  the command ÷ the bare call, round by round: ${med("ratio").toFixed(2)}× (${spread("ratio")})`);
  console.log(`  one insertBatchBlock of the same tree through the SDK from the plugin's frame (call to reply): ${ms("sdk")}`);
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
      name: "mldoc alone: one parse of each block of the same tree at Logseq's configuration (the host's floor)",
      value: med("parse"),
      unit: "ms",
      baseline: "one bare insertBatchBlock of the same tree",
      baselineValue: med("bare"),
      ratio: med("parse") / med("bare"),
      goal: "—",
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
      name: "the plugin's share of the command: Enter to insertBatchBlock sent (any read of the host it waits for included)",
      value: med("plugin"),
      unit: "ms",
      baseline: "one bare insertBatchBlock of the same tree",
      baselineValue: med("bare"),
      ratio: med("plugin") / med("bare"),
      goal: "—",
    },
  ]);
} finally {
  await browser.close();
}
