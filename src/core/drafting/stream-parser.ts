/** The parser for a model's streamed answer, in either wire format, fed raw bytes in any pieces. */
import { LineSplitter } from "./line-splitter";
import { ReasoningFilter } from "./reasoning-filter";
import { ndjsonLine } from "./ndjson-lines";
import { sseLines } from "./sse-lines";
import type { FinishReason, StreamEvent } from "./stream-event";

/** The two wire formats: OpenAI-compatible server-sent events, and Ollama's newline-delimited JSON. */
export type WireFormat = "openai" | "ollama";

/**
 * What one line of a stream says: some answer text, how it finished, whether the stream is over; or that it failed
 * (the model's error, or a line that is not readable); null for a line that says nothing yet.
 */
export type LineMeaning = { kind: "delta"; text: string; finish: FinishReason | null; done: boolean } | Extract<StreamEvent, { kind: "failure" }> | null;

/** Parses one stream: `push` each piece of bytes as it arrives, then `end` once; the last event is `end` or `failure`. */
export interface StreamParser {
	push(bytes: Uint8Array): StreamEvent[];
	end(): StreamEvent[];
}

/**
 * A parser for `format`. Reasoning (`<think>` blocks, `reasoning` and `reasoning_content` deltas, Ollama's `thinking`)
 * never becomes text. A stream that ends without its finish (a last line cut short included) is a failure of kind
 * "incomplete"; nothing after the finish or a failure is read.
 */
export function createStreamParser(format: WireFormat): StreamParser {
	const lines = new LineSplitter();
	const reasoning = new ReasoningFilter();
	const readLine = format === "openai" ? sseLines() : ndjsonLine;
	let finish: FinishReason | null = null;
	let over = false;

	const read = (batch: readonly string[], last: boolean): StreamEvent[] => {
		const events: StreamEvent[] = [];
		const text = (value: string) => {
			if (value !== "") events.push({ kind: "text", text: value });
		};
		/** The stream's last event, after what the reasoning filter still holds. */
		const close = (event: StreamEvent) => {
			text(reasoning.end());
			events.push(event);
			over = true;
		};
		// A blank line after the last one ends an event stream's last event (Ollama's lines ignore it).
		for (const line of last ? [...batch, ""] : batch) {
			if (over) break;
			const meaning = readLine(line);
			if (meaning === null) continue;
			if (meaning.kind === "failure") {
				// An unreadable last line was cut short: the stream is incomplete (below), not unreadable.
				if (last && meaning.failure.kind === "unreadable") break;
				events.push(meaning);
				over = true;
				continue;
			}
			text(reasoning.push(meaning.text));
			finish = meaning.finish ?? finish;
			if (meaning.done) close({ kind: "end", finish: finish ?? "stop" });
		}
		if (last && !over) close(finish !== null ? { kind: "end", finish } : { kind: "failure", failure: { kind: "incomplete" } });
		return events;
	};

	return {
		push: (bytes) => (over ? [] : read(lines.push(bytes), false)),
		end: () => (over ? [] : read(lines.end(), true)),
	};
}
