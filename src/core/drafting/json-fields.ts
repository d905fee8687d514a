/** Small readers for the JSON a model server sends, which may be any shape. */
import { err, ok, type Result } from "../result";
import type { FinishReason, StreamEvent } from "./stream-event";
import type { LineMeaning } from "./stream-parser";

/** `value` as a plain object, or null: for a server's JSON and for data.json alike. */
export function asRecord(value: unknown): Record<string, unknown> | null {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `text` parsed as a JSON object, or null when it is not JSON or not an object: for a server's answer and for data.json alike. */
export function parseRecord(text: string): Record<string, unknown> | null {
	try {
		return asRecord(JSON.parse(text));
	} catch {
		return null;
	}
}

/** The words of an error field: a string as it is, `{message}` or `{error}` read inside, anything else as JSON. */
export function errorText(error: unknown): string {
	if (typeof error === "string") return error;
	const record = asRecord(error);
	if (typeof record?.message === "string") return record.message;
	if (record?.error !== undefined) return errorText(record.error);
	return JSON.stringify(error) ?? String(error);
}

/** A streamed payload as a JSON object, or the failure it is: unreadable (not JSON, or not an object), or an object holding `error`. */
export function payloadRecord(text: string): Result<Record<string, unknown>, Extract<StreamEvent, { kind: "failure" }>> {
	const record = parseRecord(text);
	if (record === null) return err({ kind: "failure", failure: { kind: "unreadable" } });
	if (record.error !== undefined && record.error !== null) return err({ kind: "failure", failure: { kind: "model", message: errorText(record.error) } });
	return ok(record);
}

/** A line's answer: its `content` when that is text (else none), how it finished, and whether the stream is over. */
export function delta(content: unknown, finish: FinishReason | null, done: boolean): LineMeaning {
	return { kind: "delta", text: typeof content === "string" ? content : "", finish, done };
}

/** How a stream says its answer finished: "length" at the length limit, "stop" for any other reason, null for none yet. */
export function finishOf(reason: unknown): FinishReason | null {
	return reason === "length" ? "length" : typeof reason === "string" && reason !== "" ? "stop" : null;
}
