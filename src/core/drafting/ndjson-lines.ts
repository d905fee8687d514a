/** Reads the lines of Ollama's native chat stream (newline-delimited JSON). See also `sseLines`. */
import type { LineMeaning } from "./stream-parser";
import { asRecord, delta, finishOf, payloadRecord } from "./json-fields";

/**
 * One line: `{"message":{"content":…},"done":false}` gives text (never `thinking`), `{"done":true,"done_reason":…}`
 * ends the stream, `{"error":…}` is a failure even though the status was 200. Blank lines say nothing.
 */
export function ndjsonLine(line: string): LineMeaning {
	if (line.trim() === "") return null;
	const payload = payloadRecord(line);
	if (!payload.ok) return payload.error;
	const record = payload.value;
	const done = record.done === true;
	return delta(asRecord(record.message)?.content, done ? (finishOf(record.done_reason) ?? "stop") : null, done);
}
