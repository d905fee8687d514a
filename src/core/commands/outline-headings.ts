/**
 * The body of a profile page between Logseq's outline and Obsidian's headings, line by line: a top-level `- ## `
 * heading block loses its bullet and the lines under it lose one step of indentation; the way back puts both back.
 * Lines before the first section, blank lines and lines of no section stay exactly as they are.
 */
import type { NoteModel, OutlineBlock } from "../note";
import { isBlank } from "../text/lines";
import type { PageLine } from "./page-lines";

/** How an outline indents: `child` before every line of a child block, `text` before the lines that continue a section's heading block. */
export interface OutlineIndent {
	child: string;
	text: string;
}

/** The section heading level of `text` (a line without its bullet), 0 when it opens no section after sections of `level` (0: none yet). */
function sectionLevel(text: string, level: number): number {
	let n = 0;
	while (text.charCodeAt(n) === 35) n++;
	if (n === 0 || n > 6 || (n < text.length && text.charCodeAt(n) !== 32)) return 0;
	return (level === 0 ? n >= 2 : n <= level) ? n : 0;
}

/** Logseq → Obsidian: the body's lines from `from`, rewritten, and how many sections there were. */
export function headingsFromOutline(note: NoteModel, lines: readonly PageLine[], from: number): { lines: PageLine[]; sections: number } {
	const blocks = new Map<number, OutlineBlock>(note.blocks.map((block) => [block.line, block]));
	const out: PageLine[] = [];
	let level = 0;
	let sections = 0;
	let section: OutlineBlock | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const block = blocks.get(i);
		if (block !== undefined) {
			const heading = note.codeLines[i] === 0 && line.text.startsWith("- ") ? sectionLevel(line.text.slice(2), level) : 0;
			section = heading > 0 ? block : null;
			if (heading > 0) {
				level ||= heading;
				sections++;
				out.push({ text: line.text.slice(2), eol: line.eol });
				continue;
			}
		}
		if (section !== null && i >= section.end) section = null;
		out.push(section === null || isBlank(line.text) ? line : { text: line.text.replace(/^(?:\t| {2})/, ""), eol: line.eol });
	}
	return { lines: out, sections };
}

/** What each body line of an Obsidian page becomes under `outlineFromHeadings`. */
const enum Place {
	Kept,
	Heading,
	Text,
	Child,
}

/** Sorts the body's lines from `from`: kept as they are, a section heading, text under a heading, or a child block's line. */
function places(note: NoteModel, from: number): Place[] {
	const placed: Place[] = [];
	let level = 0;
	let inside = Place.Kept;
	for (let i = from; i < note.lines.length; i++) {
		const line = note.lines[i];
		const code = note.codeLines[i] === 1;
		const heading = code ? 0 : sectionLevel(line, level);
		if (heading > 0) {
			level ||= heading;
			inside = Place.Text;
			placed.push(Place.Heading);
		} else if (inside === Place.Kept || isBlank(line)) {
			placed.push(Place.Kept);
		} else {
			const c = line.charCodeAt(0);
			if (!code && (c === 32 || c === 9 || /^-(?:\s|$)/.test(line))) inside = Place.Child;
			placed.push(inside);
		}
	}
	return placed;
}

/** The child indentation an Obsidian page shows it came from: a tab when a child line starts with one, two spaces for a nested `  - `, else null. */
export function childIndentOf(note: NoteModel, from: number): string | null {
	const placed = places(note, from);
	let spaces = false;
	for (let k = 0; k < placed.length; k++) {
		if (placed[k] !== Place.Child) continue;
		const line = note.lines[from + k];
		if (line.charCodeAt(0) === 9) return "\t";
		spaces ||= line.startsWith("  - ");
	}
	return spaces ? "  " : null;
}

/** Obsidian → Logseq: the body's lines from `from`, rewritten with `indent`, and how many sections there were. */
export function outlineFromHeadings(note: NoteModel, lines: readonly PageLine[], from: number, indent: OutlineIndent): { lines: PageLine[]; sections: number } {
	const placed = places(note, from);
	const out: PageLine[] = [];
	let sections = 0;
	for (let k = 0; k < placed.length; k++) {
		const line = lines[from + k];
		const place = placed[k];
		if (place === Place.Heading) sections++;
		const prefix = place === Place.Heading ? "- " : place === Place.Text ? indent.text : place === Place.Child ? indent.child : "";
		out.push(prefix === "" ? line : { text: prefix + line.text, eol: line.eol });
	}
	return { lines: out, sections };
}
