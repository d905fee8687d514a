/** Where a note may ask a question (its headings, bold lines and list items ending with "?"), read from the note model. */
import { readNote, type NoteModel } from "../note";
import { indentWidth, listMarkerLength, textStart } from "../text/lines";

/** A heading, a bold line, or a list item ending with "?", outside code: a place where a question may be written. */
export interface NoteMark {
	/** 0-based line number. */
	line: number;
	/** 1 to 6 for a heading, 0 for a bold line or a list item. */
	level: number;
	/** For a list item, the width of its indentation (its children are indented more); -1 otherwise. */
	item: number;
	/** The heading's text, the bold text, or the item's text, as written. */
	text: string;
	/** Column where text after a bold part starts on the same line (`**Question?** answer`), else -1. */
	inline: number;
}

/** The note model with the places a question may be written, in line order. */
export interface NoteScan extends NoteModel {
	marks: NoteMark[];
}

/** Reads `text` once (see `readNote`) and finds its question places; linear in its length. */
export function scanNote(text: string): NoteScan {
	const note = readNote(text);
	return Object.assign(note, { marks: questionMarks(note) });
}

/** The note's headings, and its bold lines and question items outside code, in line order. */
function questionMarks(note: NoteModel): NoteMark[] {
	const { lines, headings, codeLines } = note;
	const marks: NoteMark[] = [];
	let h = 0;
	for (let i = note.meta.bodyStart; i < lines.length; i++) {
		if (h < headings.length && headings[h].line === i) {
			const heading = headings[h++];
			marks.push({ line: i, level: heading.level, item: -1, text: heading.text, inline: -1 });
			continue;
		}
		if (codeLines[i] === 1) continue;
		const line = lines[i];
		if (!mayOpenMark(line)) continue;
		const start = textStart(line);
		const c = line.charCodeAt(start);
		if (!(c === 42 || c === 95 || start > 0)) continue;
		const mark = c === 42 || c === 95 ? readBold(line, i, start) : null;
		const item = mark ?? readQuestionItem(line, i, start);
		if (item !== null) marks.push(item);
	}
	return marks;
}

/** True when the line's first non-blank character may open a bold line or a list item: * _ - + > or a digit. */
function mayOpenMark(line: string): boolean {
	let i = 0;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
	const c = line.charCodeAt(i);
	return c === 42 || c === 95 || c === 45 || c === 43 || c === 62 || (c >= 48 && c <= 57);
}

/** A line that opens with bold text: `**Who pays?** the parents`. */
function readBold(line: string, index: number, start: number): NoteMark | null {
	const c = line.charCodeAt(start);
	if (line.charCodeAt(start + 1) !== c) return null;
	const close = line.indexOf(c === 42 ? "**" : "__", start + 2);
	if (close <= start + 2) return null;
	let after = close + 2;
	while (after < line.length && " \t:：-–—?.*_".includes(line[after])) after++;
	return { line: index, level: 0, item: -1, text: line.slice(start + 2, close).trim(), inline: after < line.length ? after : -1 };
}

/** A list item whose text ends with "?" (emphasis aside): `- Who pays the most?`. */
function readQuestionItem(line: string, index: number, start: number): NoteMark | null {
	let end = line.length;
	while (end > start && " \t*_".includes(line[end - 1])) end--;
	if (line.charCodeAt(end - 1) !== 63) return null;
	let indent = 0;
	while (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9) indent++;
	if (listMarkerLength(line, indent) === 0) return null;
	return { line: index, level: 0, item: indentWidth(line), text: line.slice(start, end), inline: -1 };
}
