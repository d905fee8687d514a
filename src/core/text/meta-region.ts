/** Where a note's metadata sits: YAML front matter (Obsidian) or a block of `key:: value` page properties (Logseq). */
import { lineSpans, type LineSpan } from "./line-spans";

/** The metadata block at the top of a note, line by line, and where the note's body starts. */
export interface MetaRegion {
	/** "yaml" for front matter, "properties" for Logseq page properties, "none", or "unclosed" front matter. */
	kind: "yaml" | "properties" | "none" | "unclosed";
	/** The lines inside the block: between the `---` lines, or the property lines. */
	lines: LineSpan[];
	/** The closing `---` line of front matter; null otherwise. */
	close: LineSpan | null;
	/** Offset where the body starts. */
	bodyStart: number;
}

/** A Logseq page property line. */
export const PROPERTY_LINE = /^([A-Za-z][\w-]*):: ?(.*)$/;

/** Finds the metadata block at the top of `text`; never throws. */
export function metaRegion(text: string): MetaRegion {
	const spans = lineSpans(text);
	if (spans[0].text.trimEnd() === "---") {
		for (let k = 1; k < spans.length; k++) {
			const line = spans[k].text.trimEnd();
			if (line === "---" || line === "...") return { kind: "yaml", lines: spans.slice(1, k), close: spans[k], bodyStart: spans[k].next };
		}
		return { kind: "unclosed", lines: [], close: null, bodyStart: 0 };
	}
	let count = 0;
	while (count < spans.length && PROPERTY_LINE.test(spans[count].text)) count++;
	if (count === 0) return { kind: "none", lines: [], close: null, bodyStart: 0 };
	return { kind: "properties", lines: spans.slice(0, count), close: null, bodyStart: spans[count - 1].next };
}
