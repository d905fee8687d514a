// Drafting in the playground, against the loopback model server: Draft → the answer streams into the card → Stop →
// Regenerate → Accept → the note holds it → one undo removes exactly it; every error card; and nothing sent while off.
import assert from "node:assert/strict";
import { startLoopback } from "../drafting/loopback-server.cjs";
import { docText } from "./playground-helpers.mjs";
import { openPage, test } from "./support.mjs";

const QUESTION = "What are the key stages or touchpoints in the stakeholder's journey with our business?";
const PIECES = ["Hearing of us ", "at school, ", "booking online, ", "the first night — with a café ", "call 🚀, ", "and bringing the animal back."];
const ANSWER = PIECES.join("");

const sse = (delta, finish = null) => `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const stream = (pieces, finish = "stop") => sse({ role: "assistant", content: "" }) + pieces.map((piece) => sse({ content: piece })).join("") + sse({}, finish) + "data: [DONE]\n\n";

/** The playground with drafting on, pointed at `url` (an OpenAI-compatible server), and the sidebar's card for QUESTION. */
async function openDrafting(url) {
  const page = await openPage("playground");
  await page.goto(`${page.url()}?draft-url=${encodeURIComponent(url)}&draft-provider=openai-compatible&draft-model=test-model`);
  await page.waitForSelector(".inncopilot-draft-button");
  const item = page.locator(".inncopilot-copilot-question", { hasText: QUESTION });
  return { page, item, card: item.locator(".inncopilot-draft-card"), draft: () => item.locator(".inncopilot-draft-button").click() };
}

/** Runs `fn` with a fresh loopback server, closed afterwards. */
async function withServer(fn) {
  const server = await startLoopback();
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

test("drafting: the answer streams into the card, Stop keeps it out of the note, Regenerate and Accept write it as one undo step", () =>
  withServer(async (server) => {
    const { page, card, draft } = await openDrafting(`${server.url}/v1`);
    const before = await docText(page);

    server.next({ body: stream(PIECES), pieces: 40, delayMs: 150 });
    await draft();
    await page.waitForFunction(() => document.querySelector(".inncopilot-draft-card[data-phase=streaming] .inncopilot-draft-text")?.textContent !== "");
    assert.equal(await card.locator(".inncopilot-draft-status").textContent(), "Drafting…");
    await card.getByRole("button", { name: "Stop drafting" }).click();
    await page.waitForSelector(".inncopilot-draft-card[data-phase=stopped]");
    const stopped = await card.locator(".inncopilot-draft-text").textContent();
    assert.ok(stopped.length > 0 && stopped.length < ANSWER.length, `part of the answer stays in the card: “${stopped}”`);
    assert.equal(await docText(page), before, "Stop leaves the note untouched");

    server.next({ body: stream(PIECES), pieces: "every-byte" });
    await card.getByRole("button", { name: "Draft this answer again" }).click();
    await page.waitForSelector(".inncopilot-draft-card[data-phase=done]");
    assert.equal(await card.locator(".inncopilot-draft-text").textContent(), ANSWER);
    assert.equal(await docText(page), before, "a finished draft is not in the note until accepted");

    const sent = JSON.parse(server.requests.at(-1).body);
    assert.equal(sent.model, "test-model");
    assert.equal(sent.stream, true);
    assert.ok(sent.messages.at(-1).content.endsWith(`Question: ${QUESTION}`));
    assert.ok(server.requests.every((request) => request.path === "/v1/chat/completions"));

    await card.getByRole("button", { name: "Write this draft into the note" }).click();
    await page.waitForFunction((answer) => window.playground.view.state.doc.toString().includes(answer), ANSWER);
    const after = await docText(page);
    assert.ok(after.includes(`${QUESTION}\n${ANSWER}`), "the answer sits right under its question");
    await page.waitForSelector(".inncopilot-copilot-question.is-answered");
    assert.equal(await card.isHidden(), true, "the card is gone once accepted");

    await page.keyboard.press("Control+z");
    await page.waitForFunction((text) => window.playground.view.state.doc.toString() === text, before);
  }));

test("drafting: a Discarded draft leaves the note as it was", () =>
  withServer(async (server) => {
    const { page, card, draft } = await openDrafting(server.url);
    const before = await docText(page);
    server.next({ body: stream(["Some words."]) });
    await draft();
    await page.waitForSelector(".inncopilot-draft-card[data-phase=done]");
    await card.getByRole("button", { name: "Throw this draft away" }).click();
    assert.equal(await card.isHidden(), true);
    assert.equal(await docText(page), before);
  }));

const ERRORS = [
  ["the key was refused", { status: 401, body: '{"error":{"message":"bad key"}}', contentType: "application/json" }, /^The server refused the API key \(401\)/],
  ["not found", { status: 404, body: "{}", contentType: "application/json" }, /^Not found \(404\): the model “test-model” or the address http:\/\/127\.0\.0\.1:\d+\/v1\./],
  ["too many requests", { status: 429, body: "{}" }, /^Too many requests \(429\)/],
  ["the server failed", { status: 500, body: '{"error":{"message":"CUDA out of memory"}}', contentType: "application/json" }, /^The server failed \(500\): CUDA out of memory$/],
  ["cross-origin rules", { body: stream(["x"]), cors: false }, /blocked the request with its cross-origin rules\. Allow this app's origin/],
  ["the stream was cut", { body: sse({ content: "Half an" }), cut: true }, /\(incomplete\): keep it or regenerate\.$/],
  ["an error inside the stream", { body: `data: ${JSON.stringify({ error: { message: "context overflow" } })}\n\n` }, /^The model reported an error: context overflow$/],
];

for (const [name, scenario, message] of ERRORS) {
  test(`drafting error card: ${name}, the note untouched`, () =>
    withServer(async (server) => {
      const { page, card, draft } = await openDrafting(`${server.url}/v1`);
      const before = await docText(page);
      server.next(scenario);
      await draft();
      await page.waitForSelector(".inncopilot-draft-card[data-phase=error]");
      assert.match(await card.locator(".inncopilot-draft-message").textContent(), message);
      assert.equal(await docText(page), before);
    }));
}

test("drafting error card: nothing listens at the address", async () => {
  const server = await startLoopback();
  const url = server.url;
  await server.close();
  const { page, card, draft } = await openDrafting(url);
  await draft();
  await page.waitForSelector(".inncopilot-draft-card[data-phase=error]");
  assert.equal(await card.locator(".inncopilot-draft-message").textContent(), `Could not connect. Is the server running at ${url}?`);
});

test("drafting: an answer cut at the length limit says so and can still be accepted", () =>
  withServer(async (server) => {
    const { page, card, draft } = await openDrafting(server.url);
    server.next({ body: stream(["Half an answ"], "length") });
    await draft();
    await page.waitForSelector(".inncopilot-draft-card[data-phase=done]");
    assert.match(await card.locator(".inncopilot-draft-notes").textContent(), /cut at the length limit/);
    assert.equal(await card.getByRole("button", { name: "Write this draft into the note" }).count(), 1);
  }));

test("drafting: reasoning never reaches the card", () =>
  withServer(async (server) => {
    const { page, card, draft } = await openDrafting(server.url);
    server.next({ body: sse({ reasoning_content: "hidden plan" }) + stream(["<think>secret</think>", "Visible answer."]), pieces: 3 });
    await draft();
    await page.waitForSelector(".inncopilot-draft-card[data-phase=done]");
    assert.equal(await card.locator(".inncopilot-draft-text").textContent(), "Visible answer.");
  }));

test("drafting: Draft unanswered drafts the questions one after another", () =>
  withServer(async (server) => {
    const { page } = await openDrafting(server.url);
    server.always({ body: stream(["One answer."]), pieces: 10, delayMs: 5 });
    await page.locator(".inncopilot-draft-unanswered").click();
    await page.waitForFunction(() => document.querySelectorAll(".inncopilot-draft-card[data-phase=done]").length === 5);
    assert.equal(server.requests.filter((request) => request.method === "POST").length, 5);
  }));

test("drafting off (the default): no Draft button, and the plugin makes no request at all", async () => {
  const page = await openPage("playground");
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  const origin = new URL(page.url()).origin;
  await page.locator(".inncopilot-copilot-question-button", { hasText: QUESTION }).click();
  await page.keyboard.type("Typing an answer.");
  await page.waitForSelector(".inncopilot-copilot-question.is-answered");
  assert.equal(await page.locator(".inncopilot-draft-button, .inncopilot-draft-unanswered, .inncopilot-draft-card").count(), 0);
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), []);
});
