// Browser tests: bundle test/browser/pages/*.ts, serve them on 127.0.0.1, run every *.spec.mjs in Chromium (chromium.mjs finds it).
// Usage: node test/browser/run.mjs [filter...]  runs only the tests whose "file › name" contains a filter.
import esbuild from "esbuild";
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "./chromium.mjs";
import { closePages, startSession, takeTests } from "./support.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.join(HERE, "pages");
const DIST = path.join(HERE, "dist");
const TEST_TIMEOUT_MS = 30_000;
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
};

/** Prints a line to stdout, or with `toStderr` to stderr. */
function say(text, toStderr = false) {
  (toStderr ? process.stderr : process.stdout).write(`${text}\n`);
}

/** Bundles each page entry, with the real @codemirror packages, into DIST beside an HTML page that loads it. */
async function bundlePages() {
  await rm(DIST, { recursive: true, force: true });
  const names = (await readdir(PAGES)).filter((file) => file.endsWith(".ts")).map((file) => file.slice(0, -3));
  await esbuild.build({
    entryPoints: names.map((name) => path.join(PAGES, `${name}.ts`)),
    outdir: DIST,
    bundle: true,
    format: "iife",
    platform: "browser",
    loader: { ".hbs": "text", ".md": "text" },
    sourcemap: "linked",
    logLevel: "warning",
  });
  for (const name of names) {
    const hasCss = await stat(path.join(DIST, `${name}.css`)).then(() => true, () => false);
    const css = hasCss ? `<link rel="stylesheet" href="${name}.css">` : "";
    await writeFile(path.join(DIST, `${name}.html`),
      `<!doctype html>\n<html><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${css}</head>` +
      `<body><div id="root"></div><script src="${name}.js"></script></body></html>\n`);
  }
  return names;
}

/** Serves DIST read-only on 127.0.0.1 at a random port; resolves to the server and its base URL. */
function serve() {
  const server = http.createServer((request, response) => {
    const file = path.join(DIST, path.normalize(new URL(request.url, "http://127.0.0.1").pathname));
    const type = CONTENT_TYPES[path.extname(file)];
    if (request.method !== "GET" || !file.startsWith(DIST + path.sep) || !type) {
      response.writeHead(404).end();
      return;
    }
    createReadStream(file)
      .on("error", () => response.writeHead(404).end())
      .on("open", () => response.writeHead(200, { "content-type": type }))
      .pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve({ server, baseUrl: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** Loads each spec file and runs its tests that match the filters, one at a time; prints one line per test. */
async function runSpecs(filters) {
  const specs = (await readdir(HERE)).filter((file) => file.endsWith(".spec.mjs")).sort();
  const counts = { passed: 0, failed: 0 };
  for (const spec of specs) {
    let tests;
    try {
      await import(pathToFileURL(path.join(HERE, spec)).href);
      tests = takeTests();
    } catch (error) {
      takeTests();
      counts.failed++;
      report(false, `${spec} (could not load)`, 0, [error.stack ?? String(error)]);
      continue;
    }
    for (const { name, fn } of tests) {
      const title = `${spec} › ${name}`;
      if (filters.length && !filters.some((filter) => title.toLowerCase().includes(filter))) continue;
      const started = Date.now();
      const problems = [];
      try {
        await withTimeout(fn(), TEST_TIMEOUT_MS);
      } catch (error) {
        problems.push(error.stack ?? String(error));
      } finally {
        problems.push(...await closePages());
      }
      counts[problems.length ? "failed" : "passed"]++;
      report(!problems.length, title, Date.now() - started, problems);
    }
  }
  return counts;
}

/** Rejects if `promise` takes longer than `ms`. */
function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Prints one test's outcome, and on failure what went wrong, indented. */
function report(ok, title, ms, problems) {
  say(`  ${ok ? "pass" : "FAIL"}  ${title} (${ms} ms)`);
  for (const problem of problems) say(problem.replace(/^/gm, "        "));
}

/** What must be shut down at the end, however the run ends. */
const open = { tmp: null, server: null, browser: null };

/** Closes the browser and the server and removes the temp dir; safe to call more than once. */
async function shutDown() {
  const { tmp, server, browser } = open;
  Object.assign(open, { tmp: null, server: null, browser: null });
  await browser?.close();
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server.close(resolve));
  if (tmp) await rm(tmp, { recursive: true, force: true });
}

async function main() {
  const filters = process.argv.slice(2).map((filter) => filter.toLowerCase());
  // Chromium's throwaway profile goes in a temp dir of our own, removed at the end even if Chromium crashed.
  open.tmp = await mkdtemp(path.join(os.tmpdir(), "inncopilot-browser-"));
  process.env.TMPDIR = open.tmp;
  const names = await bundlePages();
  say(`Bundled ${names.length} page(s) into ${path.relative(process.cwd(), DIST) || DIST}`);
  const { server, baseUrl } = await serve();
  open.server = server;
  const { browser, description } = await launchChromium({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  open.browser = browser;
  say(`Running in ${description}`);
  startSession(open.browser, baseUrl, names);
  const { passed, failed } = await runSpecs(filters);
  const nothingMatched = filters.length > 0 && passed + failed === 0;
  if (nothingMatched) say(`No browser test matches: ${filters.join(", ")}`, true);
  say(`browser: ${passed} passed, ${failed} failed`);
  return failed > 0 || nothingMatched ? 1 : 0;
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]]) {
  process.once(signal, () => shutDown().finally(() => process.exit(code)));
}
main()
  .then((code) => { process.exitCode = code; })
  .catch((error) => {
    say(`The browser tests could not run: ${error.stack ?? error}`, true);
    process.exitCode = 2;
  })
  .finally(shutDown);
