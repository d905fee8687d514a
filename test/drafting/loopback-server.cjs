// A stand-in for a model server on 127.0.0.1, scripted by the tests: it speaks whatever bytes a scenario gives,
// in the pieces and at the pace the scenario asks, and records every request. A GET answers as Ollama's root does. Used by jest and the browser tests.
// CommonJS so that jest (through ts-jest) and the browser specs (plain ES modules) load the same file.
"use strict";
const http = process.getBuiltinModule("node:http");

/** Starts a server on 127.0.0.1 at a free port; resolves to its controls. Nothing else is ever listened on. */
function startLoopback() {
  const requests = [];
  let queue = [];
  let fallback = { status: 404, body: '{"error":"no scenario"}' };
  const sockets = new Set();
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const record = { method: request.method, path: request.url, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(record);
      if (request.method === "GET") {
        response.writeHead(200, { "Content-Type": "text/plain" });
        response.end("Ollama is running");
        return;
      }
      const scenario = request.method === "OPTIONS" ? null : queue.shift() ?? fallback;
      record.sentAt = [];
      void answer(request, response, scenario, queue[0] ?? fallback, record.sentAt);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        /** Answers the next request with `scenario` (requests beyond the queued ones get the `always` one). */
        next(scenario) {
          queue.push(scenario);
        },
        /** Answers every request not queued with `scenario`. */
        always(scenario) {
          fallback = scenario;
        },
        /** Forgets queued scenarios and recorded requests. */
        reset() {
          queue = [];
          requests.length = 0;
        },
        close() {
          for (const socket of sockets) socket.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

/** Sends `scenario`, noting in `sentAt` when each piece was written (epoch milliseconds); for a preflight (scenario null), allows the origin unless the coming scenario says `cors: false`. */
async function answer(request, response, scenario, coming, sentAt) {
  const cors = (scenario ?? coming).cors !== false;
  const origin = request.headers.origin;
  if (cors && origin) {
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Vary", "Origin");
  }
  if (scenario === null) {
    if (cors) {
      response.setHeader("Access-Control-Allow-Methods", "POST, GET, OPTIONS");
      response.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization");
    }
    response.writeHead(204);
    response.end();
    return;
  }
  response.writeHead(scenario.status ?? 200, { "Content-Type": scenario.contentType ?? "text/event-stream", "Cache-Control": "no-cache" });
  response.flushHeaders();
  for (const piece of pieces(scenario)) {
    if (response.destroyed) return;
    sentAt.push(performance.timeOrigin + performance.now());
    await new Promise((resolve) => response.write(piece, resolve));
    if (scenario.delayMs) await new Promise((resolve) => setTimeout(resolve, scenario.delayMs));
  }
  if (scenario.cut) setTimeout(() => response.socket?.destroy(), 20);
  else response.end();
}

/** The body's pieces: as given when `body` is an array of strings, else cut every `pieces` bytes (all at once by default). */
function pieces(scenario) {
  if (Array.isArray(scenario.body)) return scenario.body.map((piece) => Buffer.from(piece, "utf8"));
  const body = typeof scenario.body === "string" ? Buffer.from(scenario.body, "utf8") : Buffer.from(scenario.body ?? "");
  const size = Math.max(1, scenario.pieces === "every-byte" ? 1 : scenario.pieces ?? body.length);
  const out = [];
  for (let at = 0; at < body.length; at += size) out.push(body.subarray(at, at + size));
  return out;
}

module.exports = { startLoopback };
