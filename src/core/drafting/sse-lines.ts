/** Reads the lines of an OpenAI-compatible chat completion stream (server-sent events). See also `ndjsonLine`. */
import type { LineMeaning } from "./stream-parser";
import { asRecord, delta, finishOf, payloadRecord } from "./json-fields";

/**
 * A reader of one event stream's lines, in order: a blank line ends the event (its `data:` lines joined with "\n"),
 * `:` starts a keep-alive, other fields are ignored. The event `[DONE]` ends the stream; a JSON event gives a delta's
 * `content` (never `reasoning` or `reasoning_content`), a `finish_reason`, or an `error`.
 */
export function sseLines(): (line: string) => LineMeaning {
	/** The event being gathered: its `data:` lines so far, null between events. */
	let data: string[] | null = null;
	return (line) => {
		if (line === "") {
			const event = data;
			data = null;
			return event === null ? null : sseEvent(event.join("\n"));
		}
		// The field name is everything before the first colon, and one space after the colon is not part of the value.
		const field = /^data(?:$|: ?)/.exec(line);
		if (field !== null) (data ??= []).push(line.slice(field[0].length));
		return null;
	};
}

function sseEvent(data: string): LineMeaning {
	const trimmed = data.trim();
	if (trimmed === "[DONE]") return delta("", null, true);
	if (trimmed === "") return null;
	const payload = payloadRecord(data);
	if (!payload.ok) return payload.error;
	const record = payload.value;
	// An event without a choice (usage statistics, say) is an empty delta: it says nothing.
	const choice = asRecord(Array.isArray(record.choices) ? record.choices[0] : undefined);
	return delta(asRecord(choice?.delta)?.content ?? asRecord(choice?.message)?.content, finishOf(choice?.finish_reason), false);
}
