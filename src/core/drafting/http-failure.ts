/** A server's refusal (an HTTP status that is not success) as a draft failure. */
import { errorText, parseRecord } from "./json-fields";
import type { DraftFailure } from "./stream-event";
import { oneLine } from "../text/one-line";

const MESSAGE_LIMIT = 300;

/** The failure for `status` with the body the server sent: the key refused, not found, too many requests, or a server error with its words. */
export function httpFailure(status: number, body: string): DraftFailure {
	if (status === 401 || status === 403) return { kind: "unauthorized", status };
	if (status === 404) return { kind: "not-found" };
	if (status === 429) return { kind: "rate-limited" };
	return { kind: status >= 500 ? "server" : "http", status, message: bodyMessage(body) };
}

/** The server's own words: `{"error":{"message"}}`, `{"error":"…"}`, `{"message"}`, else the text, shortened. */
function bodyMessage(body: string): string {
	let text = body.trim();
	// Not JSON (or no object): the text itself is the message.
	const record = parseRecord(text);
	if (record?.error !== undefined) text = errorText(record.error);
	else if (typeof record?.message === "string") text = record.message;
	text = oneLine(text);
	return text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT)}…` : text;
}
