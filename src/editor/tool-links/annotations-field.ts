/** The summaries a note writes in its own Tools section, kept up to date: re-read only when a change touches a heading or that section. */
import { StateField, type Text, type Transaction } from "@codemirror/state";
import { fenceMarker } from "../../core/text/code";
import { findToolsSections, NO_ANNOTATIONS, readToolAnnotations, sameAnnotations, type ToolAnnotations } from "../../core/tools/tools-section";

/** The note's annotations and where its Tools sections lie (document offsets, from the heading to the next section). */
export interface NoteAnnotations {
	annotations: ToolAnnotations;
	sections: readonly { from: number; to: number; bulleted: boolean }[];
}

/** The note's own tool annotations; the `annotations` map keeps its identity while what it says is unchanged. */
export const annotationsField = StateField.define<NoteAnnotations>({
	create: (state) => readAll(state.doc, NO_ANNOTATIONS),
	update(value, tr) {
		if (!tr.docChanged) return value;
		if (mayMoveSections(tr)) return readAll(tr.state.doc, value.annotations);
		const sections = value.sections.map((section) => ({
			from: tr.changes.mapPos(section.from, -1),
			to: tr.changes.mapPos(section.to, 1),
			bulleted: section.bulleted,
		}));
		let touched = false;
		tr.changes.iterChangedRanges((fromA, toA) => {
			if (value.sections.some((section) => fromA <= section.to && toA >= section.from)) touched = true;
		});
		return { annotations: touched ? reread(tr.state.doc, sections, value.annotations) : value.annotations, sections };
	},
});

function readAll(doc: Text, previous: ToolAnnotations): NoteAnnotations {
	const lines = doc.toJSON();
	const found = findToolsSections(lines);
	const annotations = readToolAnnotations(lines, found);
	const sections = found.map((section) => ({
		from: doc.line(section.heading + 1).from,
		to: section.end < lines.length ? doc.line(section.end + 1).from : doc.length,
		bulleted: section.bulleted,
	}));
	return { annotations: sameAnnotations(annotations, previous) ? previous : annotations, sections };
}

/** Reads only the sections' own lines again. */
function reread(doc: Text, sections: NoteAnnotations["sections"], previous: ToolAnnotations): ToolAnnotations {
	const lines: string[] = [];
	const local = sections.map((section) => {
		const heading = lines.length;
		const first = doc.lineAt(section.from).number;
		const last = section.to >= doc.length ? doc.lines : doc.lineAt(section.to).number - 1;
		for (let n = first; n <= last; n++) lines.push(doc.line(n).text);
		return { heading, end: lines.length, bulleted: section.bulleted };
	});
	const annotations = readToolAnnotations(lines, local);
	return sameAnnotations(annotations, previous) ? previous : annotations;
}

/** How many changed lines are checked one by one before a change counts as big enough to re-read the note anyway. */
const CHECKED_LINES = 200;

/** A change to a heading, a fence or the front matter may move where the Tools sections are. */
function mayMoveSections(tr: Transaction): boolean {
	let may = false;
	tr.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
		if (!may) may = hasStructureLine(tr.startState.doc, fromA, toA) || hasStructureLine(tr.state.doc, fromB, toB);
	});
	return may;
}

function hasStructureLine(doc: Text, from: number, to: number): boolean {
	const first = doc.lineAt(from);
	const last = doc.lineAt(to);
	if (last.number - first.number > CHECKED_LINES) return true;
	for (let n = first.number; n <= last.number; n++) {
		const text = doc.line(n).text;
		if (/^(- )?#/.test(text) || fenceMarker(text) !== "" || /^(---|\.\.\.)\s*$/.test(text) || (n === 1 && text.startsWith("---"))) return true;
	}
	return false;
}
