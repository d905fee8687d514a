/** Small readers for the JSON a model server sends, which may be any shape. */

/** `value` as a plain object, or null. */
export function asRecord(value: unknown): Record<string, unknown> | null {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The words of an error field: a string as it is, `{message}` or `{error}` read inside, anything else as JSON. */
export function errorText(error: unknown): string {
	if (typeof error === "string") return error;
	const record = asRecord(error);
	if (record !== null && typeof record.message === "string") return record.message;
	if (record !== null && record.error !== undefined) return errorText(record.error);
	return JSON.stringify(error) ?? String(error);
}
