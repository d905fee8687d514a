import fc from "fast-check";
import { createStreamParser } from "../../../src/core/drafting/stream-parser";
import {
	ANSWER,
	ndjsonDone,
	ndjsonLine,
	OLLAMA_REASONING_STREAM,
	OLLAMA_STREAM,
	OPENAI_REASONING_STREAM,
	OPENAI_STREAM,
	sseChunk,
	withCr,
	withCrlf,
} from "../../drafting/recorded-streams";
import { feed, outcome, utf8 } from "../../drafting/stream-feed";

const STREAMS = [
	["OpenAI-compatible", "openai", OPENAI_STREAM],
	["OpenAI-compatible with CRLF", "openai", withCrlf(OPENAI_STREAM)],
	["OpenAI-compatible with CR", "openai", withCr(OPENAI_STREAM)],
	["OpenAI-compatible with reasoning", "openai", OPENAI_REASONING_STREAM],
	["Ollama", "ollama", OLLAMA_STREAM],
	["Ollama with CRLF", "ollama", withCrlf(OLLAMA_STREAM)],
	["Ollama with reasoning", "ollama", OLLAMA_REASONING_STREAM],
] as const;

describe("the stream parser", () => {
	it.each(STREAMS)("reads the whole answer of a recorded %s stream split at every single byte", (_name, format, stream) => {
		const bytes = utf8(stream);
		for (let cut = 0; cut <= bytes.length; cut++) {
			const { text, last } = outcome(feed(format, bytes, [cut]));
			expect(text).toBe(ANSWER);
			expect(last).toEqual({ kind: "end", finish: "stop" });
		}
	});

	it.each(STREAMS)("reads the same answer from a %s stream fed one byte at a time", (_name, format, stream) => {
		const bytes = utf8(stream);
		const { text, last } = outcome(feed(format, bytes, Array.from({ length: bytes.length }, (_, i) => i)));
		expect(text).toBe(ANSWER);
		expect(last).toEqual({ kind: "end", finish: "stop" });
	});

	it.each(STREAMS)("reads the same answer from a %s stream cut at any set of points", (_name, format, stream) => {
		const bytes = utf8(stream);
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 40 }), (cuts) => {
				const { text, last } = outcome(feed(format, bytes, [...cuts].sort((a, b) => a - b)));
				return text === ANSWER && last?.kind === "end";
			}),
		);
	});

	it("reads only data fields: keep-alive comments and other fields are skipped, the space after data: is optional", () => {
		const stream = `: keep-alive\nevent: message\ndatax: {"error":"not data"}\ndata:{"choices":[{"delta":{"content":"a"}}]}\n\ndata\ndata: {"choices":[{"delta":{"content":"b"}}]}\n\ndata: [DONE]\n\n`;
		expect(outcome(feed("openai", utf8(stream), [])).text).toBe("ab");
	});

	it("joins the data lines of one event with a newline", () => {
		const stream = `data: {"choices":[{"delta":\ndata: {"content":"a"}}]}\n\ndata: [DONE]\n\n`;
		expect(outcome(feed("openai", utf8(stream), [])).text).toBe("a");
	});

	it("reports finish_reason length as a finished answer cut at the limit", () => {
		const stream = sseChunk({ content: "Half an answ" }) + sseChunk({}, "length") + "data: [DONE]\n\n";
		expect(feed("openai", utf8(stream), [])).toEqual([
			{ kind: "text", text: "Half an answ" },
			{ kind: "end", finish: "length" },
		]);
		expect(outcome(feed("ollama", utf8(ndjsonLine("Half") + ndjsonDone("length")), [])).last).toEqual({ kind: "end", finish: "length" });
	});

	it("accepts a stream that gave its finish reason but never sent [DONE]", () => {
		const stream = sseChunk({ content: "Done." }) + sseChunk({}, "stop");
		expect(outcome(feed("openai", utf8(stream), [])).last).toEqual({ kind: "end", finish: "stop" });
	});

	it("calls a stream incomplete when it ends with neither a finish nor [DONE], keeping the text it had", () => {
		const cut = sseChunk({ content: "Sell to" }) + 'data: {"choices":[{"delta":{"content":" caf';
		expect(outcome(feed("openai", utf8(cut), []))).toEqual({ text: "Sell to", last: { kind: "failure", failure: { kind: "incomplete" } } });
		const ollama = ndjsonLine("Sell to") + '{"message":{"content":"x"';
		expect(outcome(feed("ollama", utf8(ollama), []))).toEqual({ text: "Sell to", last: { kind: "failure", failure: { kind: "incomplete" } } });
	});

	it("reports an error object inside the stream with the server's words, and reads nothing after it", () => {
		const stream = sseChunk({ content: "Sel" }) + 'data: {"error":{"message":"model crashed","type":"server_error"}}\n\n' + sseChunk({ content: "more" });
		expect(feed("openai", utf8(stream), [])).toEqual([
			{ kind: "text", text: "Sel" },
			{ kind: "failure", failure: { kind: "model", message: "model crashed" } },
		]);
		const ollama = ndjsonLine("Sel") + '{"error":"model \\"x\\" not found, try pulling it first"}\n';
		expect(outcome(feed("ollama", utf8(ollama), [])).last).toEqual({ kind: "failure", failure: { kind: "model", message: 'model "x" not found, try pulling it first' } });
	});

	it("calls a stream that is not JSON unreadable", () => {
		expect(outcome(feed("openai", utf8("data: <html>\n\n"), [])).last).toEqual({ kind: "failure", failure: { kind: "unreadable" } });
		expect(outcome(feed("ollama", utf8("<!doctype html>\n"), [])).last).toEqual({ kind: "failure", failure: { kind: "unreadable" } });
	});

	it("ignores keep-alive comments, other fields and blank NDJSON lines", () => {
		const stream = ": ping\n\nevent: message\nid: 3\nretry: 10\n" + sseChunk({ content: "ok" }) + ":\n\n" + sseChunk({}, "stop") + "data: [DONE]\n\n";
		expect(outcome(feed("openai", utf8(stream), [])).text).toBe("ok");
		expect(outcome(feed("ollama", utf8(`\n${ndjsonLine("ok")}\n\n${ndjsonDone()}`), [])).text).toBe("ok");
	});

	it("never lets reasoning through, even a think block that never closes", () => {
		const stream = sseChunk({ content: "<think>I will never finish" }) + sseChunk({}, "stop") + "data: [DONE]\n\n";
		expect(outcome(feed("openai", utf8(stream), [])).text).toBe("");
	});

	it("keeps text that only looks like the start of a tag", () => {
		const stream = sseChunk({ content: "a <thin" }) + sseChunk({ content: "g> b <" }) + sseChunk({}, "stop");
		expect(outcome(feed("openai", utf8(stream), [])).text).toBe("a <thing> b <");
	});

	it("yields nothing more once the stream is over", () => {
		const parser = createStreamParser("openai");
		parser.push(utf8("data: [DONE]\n\n"));
		expect(parser.push(utf8(sseChunk({ content: "late" })))).toEqual([]);
		expect(parser.end()).toEqual([]);
	});

	it("reads a 100 KB stream in time linear in its size", () => {
		const piece = sseChunk({ content: "word " });
		const small = utf8(piece.repeat(200) + "data: [DONE]\n\n");
		const large = utf8(piece.repeat(2000) + "data: [DONE]\n\n");
		const time = (bytes: Uint8Array) => {
			const start = performance.now();
			feed("openai", bytes, Array.from({ length: Math.floor(bytes.length / 97) }, (_, i) => i * 97));
			return performance.now() - start;
		};
		time(large);
		expect(time(large)).toBeLessThan(Math.max(200, time(small) * 100));
	});
});
