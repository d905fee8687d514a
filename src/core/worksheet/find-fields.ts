/** Finds a worksheet's unfilled fields in a note opened later, when the snippet fields of the insertion are gone. */
import { foldName } from "../catalog/profile-catalog";
import { lineSpans, type LineSpan } from "../text/line-spans";
import { metaRegion } from "../text/meta-region";
import type { TextRange } from "../text/text-change";
import { recordedProfiles } from "./profiles-list";
import { FIELD_PLACEHOLDER } from "./worksheet-view";

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The fields still to fill, in note order: every placeholder (`_…_`) outside code, and, inside the worksheet of a
 * profile the note records (the section under a heading with the profile's name), each sub-heading with nothing under it
 * (an empty field at the blank line below it).
 */
export function findFields(text: string): TextRange[] {
	const names = new Set(recordedProfiles(text).map(foldName));
	const spans = lineSpans(text);
	const bodyStart = metaRegion(text).bodyStart;
	const fields: TextRange[] = [];
	let fence = "";
	let worksheetLevel = 0;
	for (let i = 0; i < spans.length; i++) {
		const span = spans[i];
		if (span.from < bodyStart) continue;
		const marker = FENCE.exec(span.text)?.[1] ?? "";
		if (marker !== "" && (fence === "" || marker === fence)) {
			fence = fence === "" ? marker : "";
			continue;
		}
		if (fence !== "") continue;
		const heading = HEADING.exec(span.text);
		if (heading) {
			const level = heading[1].length;
			if (worksheetLevel > 0 && level <= worksheetLevel) worksheetLevel = 0;
			if (worksheetLevel === 0 && names.has(foldName(heading[2]))) worksheetLevel = level;
			else if (worksheetLevel > 0) {
				const empty = emptyBodyAt(spans, i + 1);
				if (empty !== null) fields.push({ from: empty, to: empty });
			}
			continue;
		}
		for (let at = span.text.indexOf(FIELD_PLACEHOLDER); at !== -1; at = span.text.indexOf(FIELD_PLACEHOLDER, at + FIELD_PLACEHOLDER.length)) {
			fields.push({ from: span.from + at, to: span.from + at + FIELD_PLACEHOLDER.length });
		}
	}
	return fields;
}

/** The start of the first line under a heading when every line up to the next heading is blank (and there is one); else null. */
function emptyBodyAt(spans: readonly LineSpan[], first: number): number | null {
	let k = first;
	while (k < spans.length && spans[k].text.trim() === "") k++;
	if (k === first) return null;
	if (k < spans.length && !HEADING.test(spans[k].text)) return null;
	return spans[first].from;
}

/** The field Tab would go to from `selection`: the first one after it (or at its start), wrapping to the first. See also `previousField`. */
export function nextField(fields: readonly TextRange[], selection: TextRange): TextRange | null {
	const after = fields.find((field) => field.from >= selection.to && !same(field, selection));
	return after ?? fields.find((field) => !same(field, selection)) ?? null;
}

/** The field Shift-Tab would go to: the last one before the selection, wrapping to the last. See also `nextField`. */
export function previousField(fields: readonly TextRange[], selection: TextRange): TextRange | null {
	const before = [...fields].reverse().find((field) => field.to <= selection.from && !same(field, selection));
	return before ?? [...fields].reverse().find((field) => !same(field, selection)) ?? null;
}

function same(a: TextRange, b: TextRange): boolean {
	return a.from === b.from && a.to === b.to;
}
