/** Plain-offset text edits: what the core hands a host to apply as one transaction. */

/** Replaces `from`..`to` of the original text with `insert`. */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

/** A span of text between two offsets; `from === to` for an empty field or a cursor. */
export interface TextRange {
	from: number;
	to: number;
}

/** A selection as editors keep it: where it started and where the cursor is. */
export interface TextSelection {
	anchor: number;
	head: number;
}

/** Applies sorted, non-overlapping changes, each given in the original text's offsets. See also `minimalChange`. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
	let out = "";
	let last = 0;
	for (const change of changes) {
		out += text.slice(last, change.from) + change.insert;
		last = change.to;
	}
	return out + text.slice(last);
}

/** The one change that turns `before` into `after`, trimmed to what differs; null when they are equal. Never splits a surrogate pair. */
export function minimalChange(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const limit = Math.min(before.length, after.length);
	let start = 0;
	while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	let endBefore = before.length;
	let endAfter = after.length;
	while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
		endBefore--;
		endAfter--;
	}
	if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
		endBefore++;
		endAfter++;
	}
	return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
