/** A note's lines with the line end after each, so that a page rewritten line by line keeps every line end it had. */
import type { NoteModel } from "../note";

/** One line and the line end that follows it ("" for the last line). */
export interface PageLine {
	text: string;
	eol: string;
}

/** The note's lines (see `readNote`), each with its own line end. */
export function pageLines(note: NoteModel): PageLine[] {
	const { lines, lineStart, text } = note;
	return lines.map((line, i) => ({ text: line, eol: text.slice(lineStart[i] + line.length, i + 1 < lines.length ? lineStart[i + 1] : text.length) }));
}

/** The page again from its lines, after the byte-order mark the note began with, if any. */
export function joinPage(note: NoteModel, lines: readonly PageLine[]): string {
	let out = note.text.slice(0, note.lineStart[0]);
	for (const line of lines) out += line.text + line.eol;
	return out;
}
