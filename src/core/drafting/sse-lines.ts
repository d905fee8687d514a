/** Reads the lines of an OpenAI-compatible chat completion stream (server-sent events). See also `ndjsonLine`. */
import type { LineMeaning } from "./stream-parser";
import { asRecord, payloadRecord } from "./json-fields";

/** The event being gathered: its `data:` lines so far, null between events. */
export interface SseState {
	data: string[] | null;
}

/**
 * One line of an event stream: a blank line ends the event (its `data:` lines joined with "\n"), `:` starts a
 * keep-alive, other fields are ignored. The event `[DONE]` ends the stream; a JSON event gives a delta's `content`
 * (never `reasoning` or `reasoning_content`), a `finish_reason`, or an `error`.
 */
export function sseLine(state: SseState, line: string): LineMeaning {
	if (line === "") {
		const data = state.data;
		state.data = null;
		return data === null ? null : sseEvent(data.join("\n"));
	}
	// The field name is everything before the first colon, and one space after the colon is not part of the value.
	const data = /^data(?:$|: ?)/.exec(line);
	if (data !== null) (state.data ??= []).push(line.slice(data[0].length));
	return null;
}

function sseEvent(data: string): LineMeaning {
	const trimmed = data.trim();
	if (trimmed === "[DONE]") return { kind: "delta", text: "", finish: null, done: true };
	if (trimmed === "") return null;
	const payload = payloadRecord(data);
	if (!payload.ok) return payload.error;
	const record = payload.value;
	const choice = asRecord(Array.isArray(record.choices) ? record.choices[0] : undefined);
	if (choice === null) return null;
	const content = asRecord(choice.delta)?.content ?? asRecord(choice.message)?.content;
	const reason = choice.finish_reason;
	const finish = reason === "length" ? "length" : typeof reason === "string" && reason !== "" ? "stop" : null;
	return { kind: "delta", text: typeof content === "string" ? content : "", finish, done: false };
}
