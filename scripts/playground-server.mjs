// Builds the playground page in memory (esbuild, the real @codemirror packages, the demo notes as text) and serves it
// read-only on 127.0.0.1. Used by `npm start` (scripts/start.mjs) and `npm run screenshots` (scripts/screenshots.mjs).
// Its second tab, logseq.html, is the Logseq plugin as `npm run build:logseq` builds it, inside the Logseq test host of the
// browser tests (test/browser/pages/logseq-host.ts) over the demo graph (playground/logseq/).
import esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The port tried first, so the address stays the same between runs; any free port is used when it is taken. */
export const PREFERRED_PORT = 4767;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>innCoPilot playground</title><link rel="icon" href="data:,"><link rel="stylesheet" href="playground.css"></head>
<body><div id="root"></div><script src="playground.js"></script></body></html>
`;

const LOGSEQ_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>innCoPilot playground · Logseq</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="logseq-host.css"><link rel="stylesheet" href="logseq-tab.css"></head>
<body><script src="logseq-host.js"></script><script src="logseq-tab.js"></script></body></html>
`;

/** How every page of the playground is bundled: one script for the browser, the demo notes (.md) as text. */
const PAGE_BUNDLE = {
  write: false,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  loader: { ".md": "text" },
  logLevel: "warning",
};

/** The Logseq tab's files: the host page and the demo around it, then the plugin folder under /logseq-plugin/. */
async function buildLogseqTab() {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { "logseq-host": "test/browser/pages/logseq-host.ts", "logseq-tab": "playground/logseq/logseq-tab.ts" },
    outdir: path.join(ROOT, "playground", "out"),
    ...PAGE_BUNDLE,
  });
  const files = new Map([["/logseq.html", { type: TYPES[".html"], body: Buffer.from(LOGSEQ_PAGE) }]]);
  for (const file of result.outputFiles) files.set(`/${path.basename(file.path)}`, { type: TYPES[path.extname(file.path)], body: Buffer.from(file.contents) });
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-logseq.mjs")], { cwd: ROOT, stdio: "ignore" });
  const plugin = path.join(ROOT, "dist", "logseq");
  for (const name of readdirSync(plugin)) {
    files.set(`/logseq-plugin/${name}`, { type: TYPES[path.extname(name)], body: readFileSync(path.join(plugin, name)) });
  }
  return files;
}

/** Bundles the playground and its Logseq tab; resolves to their files by URL path ("/" is the page). */
export async function buildPlayground() {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    // The page's entry is these two lines; everything else is playground/app.ts and the plugin's own code. The running
    // playground is left on window.playground, for the screenshots script and for poking at it in the browser's console.
    stdin: {
      contents: 'import { mountPlayground } from "./playground/app";\nwindow.playground = mountPlayground(document.getElementById("root") ?? document.body);\n',
      resolveDir: ROOT,
      sourcefile: "playground-entry.ts",
      loader: "ts",
    },
    outfile: path.join(ROOT, "playground", "out", "playground.js"),
    ...PAGE_BUNDLE,
    sourcemap: "linked",
  });
  const files = new Map([["/", { type: TYPES[".html"], body: Buffer.from(PAGE) }]]);
  for (const file of result.outputFiles) {
    files.set(`/${path.basename(file.path)}`, { type: TYPES[path.extname(file.path)], body: Buffer.from(file.contents) });
  }
  for (const [at, file] of await buildLogseqTab()) files.set(at, file);
  return files;
}

/** Serves `files` on 127.0.0.1, at PREFERRED_PORT when free, else at a port the system picks; resolves to the server and its URL. */
export async function servePlayground(files, port = PREFERRED_PORT) {
  const server = http.createServer((request, response) => {
    const file = request.method === "GET" ? files.get(new URL(request.url, "http://127.0.0.1").pathname) : undefined;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  const listen = (at) =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(at, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  try {
    await listen(port);
  } catch (error) {
    if (error.code !== "EADDRINUSE" || port === 0) throw error;
    await listen(0);
  }
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
