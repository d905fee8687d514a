/** Checks that rewriting a page kept every word of it, so a conversion can refuse rather than drop text. */
import { metaRegion } from "../note";
import { lazyPattern } from "../lazy";

const WORD = lazyPattern("[\\p{L}\\p{N}]+", "gu");
/** Metadata keys whose values the profile model carries as its identity (namespace and name). */
const IDENTITY_KEYS = /^(title|type|namespace|name|tags)(::?)\s*(.*)$/i;

/**
 * The first line of `before` holding a word that `after` has fewer times, or null when no word was lost. Page syntax the
 * two flavours spell differently is not counted: identity metadata keys, the `#ns Name - ` of a title, `#key` tags.
 */
export function firstLostLine(before: string, after: string, namespace: string): string | null {
	const lines = comparableLines(before, namespace);
	const remaining = countWords([after]);
	const wanted = countWords(lines);
	const lost = new Set<string>();
	for (const [word, count] of wanted) if ((remaining.get(word) ?? 0) < count) lost.add(word);
	if (lost.size === 0) return null;
	return lines.find((line) => (line.toLowerCase().match(WORD()) ?? []).some((word) => lost.has(word)))?.trim() ?? [...lost][0];
}

/** The page's lines with flavour-specific syntax taken out. */
function comparableLines(text: string, namespace: string): string[] {
	const region = metaRegion(text);
	const out: string[] = [];
	for (const span of region.lines) {
		const identity = IDENTITY_KEYS.exec(span.text);
		if (identity) out.push(identity[1].toLowerCase() === "tags" || identity[1].toLowerCase() === "type" ? dropWord(identity[3], namespace) : "");
		else out.push(span.text);
	}
	const body = text.slice(region.bodyStart).split(/\r\n?|\n/);
	for (const line of body) {
		const title = /^(- )?# (#\S+\s+)?(Name\s*[-–—:]\s*)?/.exec(line);
		const text = title ? line.slice(title[0].length) : line;
		out.push(text.replace(/#key\b/gi, ""));
	}
	return out;
}

function dropWord(value: string, word: string): string {
	return value.replace(new RegExp(`(^|[\\s,\\[])#?${escape(word)}(?=$|[\\s,\\]])`, "gi"), "$1");
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function countWords(lines: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const line of lines) {
		for (const word of line.toLowerCase().match(WORD()) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return counts;
}
