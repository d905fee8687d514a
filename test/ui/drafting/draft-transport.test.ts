import { buildDraftPrompt } from "../../../src/core/drafting/draft-prompt";
import { draftRequest, type DraftRequest } from "../../../src/core/drafting/draft-request";
import { DEFAULT_DRAFTING } from "../../../src/core/drafting/drafting-settings";
import type { ProviderId } from "../../../src/core/drafting/providers";
import { emptyProfile } from "../../../src/core/profile/profile";
import type { DraftEvent } from "../../../src/core/drafting/draft-session";
import { DraftTransport, type BufferedRequest, type FetchLike } from "../../../src/ui/drafting/draft-transport";
import { startLoopback, type Loopback } from "../../drafting/loopback-server.cjs";
import { ANSWER, OLLAMA_STREAM, OPENAI_REASONING_STREAM, OPENAI_STREAM, sseChunk, withCrlf } from "../../drafting/recorded-streams";

const nodeFetch: FetchLike = (url, init) => globalThis.fetch(url, init);
const PROMPT = buildDraftPrompt({ profile: emptyProfile("Pricing"), question: "What do we charge?", noteText: "A café.", noteName: "Café", contextTokens: 4096 });

let server: Loopback;
beforeAll(async () => {
	server = await startLoopback();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function requestTo(base: string, provider: ProviderId = "openai-compatible", key: string | null = null): DraftRequest {
	const made = draftRequest({ ...DEFAULT_DRAFTING, enabled: true, provider, baseUrl: base, model: "m" }, PROMPT, key);
	if (!made.ok) throw new Error(made.error);
	return made.value;
}

async function run(transport: DraftTransport, request: DraftRequest, signal = new AbortController().signal): Promise<{ text: string; events: DraftEvent[] }> {
	const events: DraftEvent[] = [];
	await transport.send(request, signal, (event) => events.push(event));
	return { text: events.map((event) => (event.kind === "text" ? event.text : "")).join(""), events };
}

describe("the draft transport against the loopback server", () => {
	it("streams an OpenAI-compatible answer sent one byte at a time, with CRLF, to its end", async () => {
		server.next({ body: withCrlf(OPENAI_STREAM), pieces: "every-byte" });
		const { text, events } = await run(new DraftTransport(nodeFetch, null), requestTo(`${server.url}/v1`));
		expect(text).toBe(ANSWER);
		expect(events.at(-1)).toEqual({ kind: "end", finish: "stop" });
		expect(server.requests[0]).toMatchObject({ method: "POST", path: "/v1/chat/completions" });
	});

	it("streams Ollama's NDJSON from /api/chat, and leaves reasoning out of an OpenAI stream", async () => {
		server.next({ body: OLLAMA_STREAM, pieces: 7, contentType: "application/x-ndjson" });
		expect((await run(new DraftTransport(nodeFetch, null), requestTo(server.url, "ollama"))).text).toBe(ANSWER);
		expect(server.requests[0].path).toBe("/api/chat");
		server.next({ body: OPENAI_REASONING_STREAM, pieces: 5 });
		expect((await run(new DraftTransport(nodeFetch, null), requestTo(server.url))).text).toBe(ANSWER);
	});

	it("sends only Content-Type, Accept and Authorization of its own", async () => {
		server.next({ body: OPENAI_STREAM });
		await run(new DraftTransport(nodeFetch, null), requestTo(server.url, "openai-compatible", "sk-test"));
		const { headers } = server.requests[0];
		expect(headers["content-type"]).toBe("application/json");
		expect(headers.accept).toBe("text/event-stream");
		expect(headers.authorization).toBe("Bearer sk-test");
		const runtime = ["host", "connection", "content-length", "user-agent", "accept-encoding", "accept-language", "sec-fetch-mode"];
		expect(Object.keys(headers).filter((name) => !runtime.includes(name)).sort()).toEqual(["accept", "authorization", "content-type"]);
	});

	it.each([
		[401, "", { kind: "unauthorized", status: 401 }],
		[404, '{"error":{"message":"model not found"}}', { kind: "not-found" }],
		[429, "", { kind: "rate-limited" }],
		[500, '{"error":{"message":"out of memory"}}', { kind: "server", status: 500, message: "out of memory" }],
	])("turns status %s into a failure the card can explain", async (status, body, failure) => {
		server.next({ status, body, contentType: "application/json" });
		const { events } = await run(new DraftTransport(nodeFetch, null), requestTo(server.url));
		expect(events).toEqual([{ kind: "failure", failure }]);
	});

	it("calls a stream cut before its end incomplete, keeping what arrived", async () => {
		server.next({ body: sseChunk({ content: "Sell to " }) + sseChunk({ content: "caf" }), cut: true });
		const { text, events } = await run(new DraftTransport(nodeFetch, null), requestTo(server.url));
		expect(text).toBe("Sell to caf");
		expect(events.at(-1)).toEqual({ kind: "failure", failure: { kind: "incomplete" } });
	});

	it("reports an answer cut at the length limit", async () => {
		server.next({ body: sseChunk({ content: "Half" }) + sseChunk({}, "length") + "data: [DONE]\n\n" });
		expect((await run(new DraftTransport(nodeFetch, null), requestTo(server.url))).events.at(-1)).toEqual({ kind: "end", finish: "length" });
	});

	it("stops a slow drip on abort, and reports nothing after it", async () => {
		server.next({ body: OPENAI_STREAM, pieces: 20, delayMs: 30 });
		const controller = new AbortController();
		const events: DraftEvent[] = [];
		const sent = new DraftTransport(nodeFetch, null).send(requestTo(server.url), controller.signal, (event) => {
			events.push(event);
			if (event.kind === "text") controller.abort();
		});
		await sent;
		expect(events.filter((event) => event.kind === "text")).toHaveLength(1);
		expect(events.some((event) => event.kind === "end" || event.kind === "failure")).toBe(false);
	});

	it("says the server is not running when nothing listens at the address", async () => {
		const closed = await startLoopback();
		const url = closed.url;
		await closed.close();
		expect((await run(new DraftTransport(nodeFetch, null), requestTo(url))).events).toEqual([{ kind: "failure", failure: { kind: "refused" } }]);
	});

	it("falls back to the all-at-once request when fetch cannot get through, and remembers it for that endpoint", async () => {
		const refusing: FetchLike = () => Promise.reject(new TypeError("Failed to fetch"));
		const fetchCalls: string[] = [];
		const counting: FetchLike = (url, init) => {
			fetchCalls.push(url);
			return refusing(url, init);
		};
		const buffered: BufferedRequest = async ({ url, method, headers, body }) => {
			const response = await globalThis.fetch(url, { method, headers, body });
			return { status: response.status, text: await response.text() };
		};
		const transport = new DraftTransport(counting, buffered);
		server.always({ body: OPENAI_STREAM });
		const first = await run(transport, requestTo(server.url));
		expect(first.events[0]).toEqual({ kind: "all-at-once" });
		expect(first.text).toBe(ANSWER);
		const second = await run(transport, requestTo(server.url));
		expect(second.text).toBe(ANSWER);
		expect(fetchCalls).toHaveLength(1);
		server.always({ status: 404, body: "" });
	});
});
