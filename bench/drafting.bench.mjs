// Drafting: (1) how soon a streamed token shows in the draft card after the loopback server sends it, in Debian's
// Chromium, beside when the same bytes reach a bare fetch reader in the same page; (2) parsing a 100 KB answer
// stream, fed in network-sized pieces, beside JSON.parse of the same events' payloads, in one run.
import { build } from "esbuild";
import http from "node:http";
import { startLoopback } from "../test/drafting/loopback-server.cjs";
import { compare, importTs, median, report } from "./support.mjs";
import { launchChromium } from "../test/browser/chromium.mjs";

const ROUNDS = 25;
const GOAL_MS = 50;

const sse = (delta, finish = null) => `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
/** The role chunk, then (after a pause) the first token, then the rest: sentAt[1] is when the first token left the server. */
const STREAM = [sse({ role: "assistant", content: "" }), sse({ content: "Families" }), sse({ content: " pay weekly." }) + sse({}, "stop") + "data: [DONE]\n\n"];

const bundle = await build({ entryPoints: ["bench/pages/drafting.ts"], bundle: true, write: false, format: "iife", platform: "browser", loader: { ".hbs": "text", ".md": "text", ".css": "empty" }, logLevel: "error" });
const html = '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script src="bench.js"></script></body></html>';
const pageServer = http.createServer((request, response) => {
  const js = request.url === "/bench.js";
  response.writeHead(200, { "Content-Type": js ? "text/javascript" : "text/html" });
  response.end(js ? bundle.outputFiles[0].text : html);
});
await new Promise((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
const model = await startLoopback();
// The Chromium the browser tests use (Debian's when installed, else the packaged one), so the bench runs wherever they do.
const { browser, description } = await launchChromium();
console.log(description);
const cardMs = [];
const rawMs = [];
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${pageServer.address().port}/`);
  await page.waitForFunction(() => window.draftingBench !== undefined);
  for (let round = 0; round < ROUNDS + 3; round++) {
    for (const kind of ["card", "raw"]) {
      model.reset();
      model.next({ body: STREAM, delayMs: 30 });
      const shown = await page.evaluate(([which, url]) => window.draftingBench[which](url), [kind, model.url]);
      const sent = model.requests.find((request) => request.method === "POST").sentAt[1];
      if (round >= 3) (kind === "card" ? cardMs : rawMs).push(shown - sent);
    }
  }
} finally {
  await browser.close();
  await model.close();
  pageServer.close();
}
const card = median(cardMs);
const raw = median(rawMs);
console.log(`first token: shown in the draft card ${card.toFixed(2)} ms after the server sent it (median of ${ROUNDS}, worst ${Math.max(...cardMs).toFixed(2)} ms); a bare fetch reader got it after ${raw.toFixed(2)} ms; goal < ${GOAL_MS} ms: ${card < GOAL_MS ? "met" : "NOT met"}`);

const { createStreamParser } = await importTs("src/core/drafting/stream-parser.ts");
const events = [];
for (let size = 0; size < 100 * 1024; ) {
  const event = sse({ content: `word${events.length % 97} café 🚀 ` });
  events.push(event);
  size += Buffer.byteLength(event);
}
const bytes = new TextEncoder().encode(events.join("") + "data: [DONE]\n\n");
const PIECE = 1400;
const pieces = [];
for (let at = 0; at < bytes.length; at += PIECE) pieces.push(bytes.subarray(at, at + PIECE));
const payloads = events.map((event) => event.slice(6, -2));
const times = compare({
  parser: () => {
    const parser = createStreamParser("openai");
    for (const piece of pieces) parser.push(piece);
    parser.end();
  },
  jsonParse: () => {
    for (const payload of payloads) JSON.parse(payload);
  },
}, 9);
console.log(`parsing a ${(bytes.length / 1024).toFixed(0)} KB stream (${events.length} events in ${pieces.length} pieces of ${PIECE} bytes): ${(times.parser / 1000).toFixed(2)} ms; JSON.parse of the same ${events.length} payloads alone: ${(times.jsonParse / 1000).toFixed(2)} ms (${(times.parser / times.jsonParse).toFixed(2)}×)`);

report([
  { name: "first streamed token shown in the draft card, after the server sent it", value: card, unit: "ms", baseline: "the same bytes reaching a bare fetch reader", baselineValue: raw, ratio: card / raw, goal: `< ${GOAL_MS} ms` },
  { name: "parse a 100 KB answer stream (bytes in 1400-byte pieces)", value: times.parser / 1000, unit: "ms", baseline: "JSON.parse of the same events' payloads", baselineValue: times.jsonParse / 1000, ratio: times.parser / times.jsonParse, goal: "—" },
]);
