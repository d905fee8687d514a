/** Feeds a stream parser bytes split at chosen points, and reads back what a card would show. */
import { createStreamParser, type WireFormat } from "../../src/core/drafting/stream-parser";
import type { StreamEvent } from "../../src/core/drafting/stream-event";

/** The parser's events for `bytes` cut at each of `cuts` (sorted offsets). */
export function feed(format: WireFormat, bytes: Uint8Array, cuts: readonly number[]): StreamEvent[] {
	const parser = createStreamParser(format);
	const events: StreamEvent[] = [];
	let from = 0;
	for (const cut of [...cuts, bytes.length]) {
		events.push(...parser.push(bytes.subarray(from, cut)));
		from = cut;
	}
	events.push(...parser.end());
	return events;
}

/** The answer text the events carry, and their last event. */
export function outcome(events: readonly StreamEvent[]): { text: string; last: StreamEvent | undefined } {
	return { text: events.map((event) => (event.kind === "text" ? event.text : "")).join(""), last: events[events.length - 1] };
}

/** `text` as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}
