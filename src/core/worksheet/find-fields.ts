/** Finds a worksheet's unfilled fields in a note opened later, when the snippet fields of the insertion are gone. */
import { readNote, type NoteModel } from "../note";
import { profileHeadings } from "../profile/profile-heading";
import type { TextRange } from "../text/text-change";
import { recordedProfiles } from "./recorded-profiles";
import { FIELD_PLACEHOLDER } from "./worksheet-view";

/**
 * The fields still to fill, in note order: every placeholder (`_…_`) outside code, and, inside the worksheet of a
 * profile the note records (the section under the heading that names it, see `profileHeading`), each sub-heading with
 * nothing under it (an empty field at the blank line below it).
 */
export function findFields(text: string): TextRange[] {
	const note = readNote(text);
	const inWorksheet = worksheetLines(note);
	const fields: TextRange[] = [];
	let h = 0;
	for (let i = note.meta.bodyStart; i < note.lines.length; i++) {
		while (h < note.headings.length && note.headings[h].line < i) h++;
		if (h < note.headings.length && note.headings[h].line === i) {
			if (inWorksheet[i] === 1) {
				const empty = emptyBodyAt(note, i + 1, h + 1 < note.headings.length ? note.headings[h + 1].line : note.lines.length);
				if (empty !== null) fields.push({ from: empty, to: empty });
			}
			continue;
		}
		if (note.codeLines[i] === 1) continue;
		const line = note.lines[i];
		for (let at = line.indexOf(FIELD_PLACEHOLDER); at !== -1; at = line.indexOf(FIELD_PLACEHOLDER, at + FIELD_PLACEHOLDER.length)) {
			const from = note.lineStart[i] + at;
			fields.push({ from, to: from + FIELD_PLACEHOLDER.length });
		}
	}
	return fields;
}

/** 1 for each line under the heading of a profile the note records, below that heading; each line marked once. */
function worksheetLines(note: NoteModel): Uint8Array {
	const marked = new Uint8Array(note.lines.length);
	let covered = 0;
	for (const heading of profileHeadings(note.headings, recordedProfiles(note))) {
		for (let i = Math.max(heading.line + 1, covered); i < heading.end; i++) marked[i] = 1;
		covered = Math.max(covered, heading.end);
	}
	return marked;
}

/** The start of line `first` when it and every line up to the next heading (`next`) are blank, and there is one; else null. */
function emptyBodyAt(note: NoteModel, first: number, next: number): number | null {
	if (first >= next) return null;
	for (let k = first; k < next; k++) if (note.lines[k].trim() !== "") return null;
	return note.lineStart[first];
}

/** The field Tab would go to from `selection`: the first one after it (or at its start), wrapping to the first. See also `previousField`. */
export function nextField(fields: readonly TextRange[], selection: TextRange): TextRange | null {
	const after = fields.find((field) => field.from >= selection.to && !same(field, selection));
	return after ?? fields.find((field) => !same(field, selection)) ?? null;
}

/** The field Shift-Tab would go to: the last one before the selection, wrapping to the last. See also `nextField`. */
export function previousField(fields: readonly TextRange[], selection: TextRange): TextRange | null {
	const backwards = [...fields].reverse();
	const before = backwards.find((field) => field.to <= selection.from && !same(field, selection));
	return before ?? backwards.find((field) => !same(field, selection)) ?? null;
}

function same(a: TextRange, b: TextRange): boolean {
	return a.from === b.from && a.to === b.to;
}
