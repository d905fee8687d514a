// Shared by the benchmarks: bundling TypeScript from src/ for Node, and timing helpers that compare side by side.
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Bundles a TypeScript entry (templates and bundled pages as text) and imports it. */
export async function importTs(entry) {
  const outfile = join(mkdtempSync(join(tmpdir(), "inncopilot-bench-")), "entry.mjs");
  await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile, loader: { ".hbs": "text", ".md": "text" }, logLevel: "error" });
  return import(pathToFileURL(outfile).href);
}

/** Microseconds per call of `fn`, timed over enough calls to last about `budgetMs`. */
export function perCall(fn, budgetMs = 40) {
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= budgetMs) return (elapsed * 1000) / calls;
    calls *= elapsed < 1 ? 16 : Math.ceil((budgetMs / elapsed) * 1.2);
  }
}

/** Times each named function in alternation over several rounds; returns the median microseconds per call of each. */
export function compare(fns, rounds = 15) {
  const samples = Object.fromEntries(Object.keys(fns).map((name) => [name, []]));
  for (const fn of Object.values(fns)) perCall(fn, 20);
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(fns)) samples[name].push(perCall(fn));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

/** The middle value. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The heap in use after full collections, in bytes (the process must run with --expose-gc). */
export function heapAfterGc() {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** Prints the machine-readable line bench/run.mjs collects. */
export function report(results) {
  console.log(`RESULT ${JSON.stringify(results)}`);
}
