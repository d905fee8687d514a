/**
 * The summaries a note writes in its own Tools section, kept up to date: re-read only when a change touches a heading
 * or that section. A huge section is re-read later, once typing pauses (see `rereadAnnotations`), never on each key.
 */
import { StateEffect, StateField, type Text } from "@codemirror/state";
import { fenceMarker } from "../../core/text/code";
import { findToolsSections, NO_ANNOTATIONS, readToolAnnotations, sameAnnotations, type ToolAnnotations } from "../../core/tools/tools-section";
import { touchesLine } from "./changed-lines";

/** The note's annotations and where its Tools sections lie (document offsets, from the heading to the next section). */
export interface NoteAnnotations {
	annotations: ToolAnnotations;
	sections: readonly { from: number; to: number; bulleted: boolean }[];
	/** True when a huge section changed and `annotations` still says what it said before; see `rereadAnnotations`. */
	stale: boolean;
}

/** Sections up to this many lines are re-read as they are typed in; longer ones wait for `rereadAnnotations`. */
const EAGER_SECTION_LINES = 400;

/** Re-reads stale annotations; dispatched from outside any update once typing pauses. */
export const rereadAnnotations = StateEffect.define<null>();

/** The note's own tool annotations; the `annotations` map keeps its identity while what it says is unchanged. */
export const annotationsField = StateField.define<NoteAnnotations>({
	create: (state) => readAll(state.doc, NO_ANNOTATIONS, Infinity),
	update(value, tr) {
		const asked = tr.effects.some((effect) => effect.is(rereadAnnotations));
		if (!tr.docChanged && !asked) return value;
		const eagerLines = asked ? Infinity : EAGER_SECTION_LINES;
		if (touchesLine(tr, mayMoveSections)) return readAll(tr.state.doc, value.annotations, eagerLines);
		const sections = value.sections.map((section) => ({
			from: tr.changes.mapPos(section.from, -1),
			to: tr.changes.mapPos(section.to, 1),
			bulleted: section.bulleted,
		}));
		let touched = asked;
		tr.changes.iterChangedRanges((fromA, toA) => {
			if (value.sections.some((section) => fromA <= section.to && toA >= section.from)) touched = true;
		});
		if (!touched) return { ...value, sections };
		return reread(tr.state.doc, sections, value.annotations, eagerLines);
	},
});

function readAll(doc: Text, previous: ToolAnnotations, eagerLines: number): NoteAnnotations {
	const lines = doc.toJSON();
	const sections = findToolsSections(lines).map((section) => ({
		from: doc.line(section.heading + 1).from,
		to: section.end < lines.length ? doc.line(section.end + 1).from : doc.length,
		bulleted: section.bulleted,
	}));
	return reread(doc, sections, previous, eagerLines);
}

/** Reads only the sections' own lines again, unless they hold more than `eagerLines` lines: then marks them stale. */
function reread(doc: Text, sections: NoteAnnotations["sections"], previous: ToolAnnotations, eagerLines: number): NoteAnnotations {
	const spans = sections.map((section) => ({
		first: doc.lineAt(section.from).number,
		last: section.to >= doc.length ? doc.lines : doc.lineAt(section.to).number - 1,
		bulleted: section.bulleted,
	}));
	if (spans.reduce((sum, span) => sum + span.last - span.first + 1, 0) > eagerLines) return { annotations: previous, sections, stale: true };
	const lines: string[] = [];
	const local = spans.map((span) => {
		const heading = lines.length;
		for (let n = span.first; n <= span.last; n++) lines.push(doc.line(n).text);
		return { heading, end: lines.length, bulleted: span.bulleted };
	});
	const annotations = readToolAnnotations(lines, local);
	return { annotations: sameAnnotations(annotations, previous) ? previous : annotations, sections, stale: false };
}

/** A heading, a fence or a front matter delimiter may move where the Tools sections are. */
function mayMoveSections(text: string, number: number): boolean {
	return /^(- )?#/.test(text) || fenceMarker(text) !== "" || /^(---|\.\.\.)\s*$/.test(text) || (number === 1 && text.startsWith("---"));
}
