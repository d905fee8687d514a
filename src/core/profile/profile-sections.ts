/** Splits a profile page, read as a note model, into its title, the text before its first section, and its sections. */
import { isTopLevel, sectionsAt, type Heading, type NoteModel } from "../note";
import { dedentEnd, indentWidth, isBlank, type LineList } from "../text/lines";

/** A section of a profile page: its heading and its body lines, dedented out of the heading's outline block. */
export interface RawSection {
	heading: string;
	/** 0-based line of the heading. */
	line: number;
	/** The line after the section's last. */
	end: number;
	/** True when the heading is a Logseq bullet (`- ## Name`), whose body sits one level deeper. */
	bulleted: boolean;
	body: SectionBody;
	/** The indexes in `body` of the lines the note model reads as headings (outside code). */
	headingLines: Set<number>;
}

/** A profile page cut at its sections. */
export interface ProfileOutline {
	/** The text of the level-1 heading before the first section, or null. */
	title: string | null;
	/** Lines before the first section, other than the title. */
	preamble: string[];
	sections: RawSection[];
}

/** True for the headings that open a profile page's sections: level 2, at the margin (`## Name` or `- ## Name`). */
export function isPageSection(heading: Heading): boolean {
	return heading.level === 2 && isTopLevel(heading);
}

/**
 * Cuts the page at its section headings (see `isPageSection`); each section runs to the next one, whatever lies
 * between. The first top-level level-1 heading before them is the title. Headings in code never count. `lines` are
 * the note's lines as the page is read (mojibake repaired), which have the note's structure.
 */
export function profileSections(note: NoteModel, lines: readonly string[] = note.lines): ProfileOutline {
	const cuts = sectionsAt(note.headings, lines.length, isPageSection);
	const firstLine = cuts.length > 0 ? cuts[0].heading.line : lines.length;
	const title = note.headings.find((heading) => heading.line < firstLine && heading.level === 1 && isTopLevel(heading)) ?? null;
	const preamble: string[] = [];
	for (let i = note.meta.bodyStart; i < firstLine; i++) if (title === null || i !== title.line) preamble.push(lines[i]);
	let next = 0;
	const sections = cuts.map(({ heading, end }) => {
		const bulleted = heading.bullet;
		const body = new SectionBody(lines, heading.line + 1, end, bulleted);
		const headingLines = new Set<number>();
		while (next < note.headings.length && note.headings[next].line <= heading.line) next++;
		for (; next < note.headings.length && note.headings[next].line < end; next++) headingLines.add(note.headings[next].line - heading.line - 1);
		return { heading: lines[heading.line].slice(heading.column).trim(), line: heading.line, end, bulleted, body, headingLines };
	});
	return { title: title === null ? null : lines[title.line].slice(title.column).trim(), preamble, sections };
}

/**
 * A section's body lines, read from the page's lines when asked (a reader holds no copy of the section): one outline
 * level (two columns) removed from each when the heading is a Logseq bullet, whose body sits one level deeper.
 */
export class SectionBody implements LineList {
	readonly #lines: readonly string[];
	readonly #from: number;
	readonly #dedent: boolean;
	readonly length: number;

	constructor(lines: readonly string[], from: number, to: number, dedent: boolean) {
		this.#lines = lines;
		this.#from = from;
		this.#dedent = dedent;
		this.length = Math.max(0, to - from);
	}

	line(index: number): string {
		const start = this.start(index);
		return start === 0 ? this.text(index) : this.text(index).slice(start);
	}

	text(index: number): string {
		return this.#lines[this.#from + index];
	}

	start(index: number): number {
		return this.#dedent ? dedentEnd(this.#lines[this.#from + index], 2) : 0;
	}

	indent(index: number): number {
		return indentWidth(this.text(index), this.start(index));
	}

	blank(index: number): boolean {
		return isBlank(this.#lines[this.#from + index]);
	}
}
