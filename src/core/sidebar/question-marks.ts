/** Where a note may ask a question (its headings, bold lines and list items ending with "?"), read from the note model. */
import { lineText, readNote, rereadNote, type Heading, type LineEdit, type NoteModel } from "../note";
import { indentWidth, listMarkerLength, textIndent, textStart } from "../text/lines";

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

/** What `scanNote(text)` gives, from the scan of the text before `edit` (see `rereadNote`), reading only the edited lines. */
export function rescanNote(previous: NoteScan, text: string, edit: LineEdit): NoteScan {
	const note = rereadNote(previous, text, edit);
	if (note === null) return scanNote(text);
	const { from, to } = edit;
	const added = note.lineStart.length - previous.lineStart.length;
	const marks = previous.marks.filter((mark) => mark.line < from);
	let h = 0;
	while (h < note.headings.length && note.headings[h].line < from) h++;
	for (let i = from; i < to + added; i++) {
		const heading = h < note.headings.length && note.headings[h].line === i ? note.headings[h++] : null;
		const mark = heading !== null ? headingMark(heading) : note.codeLines[i] === 0 ? lineMark(lineText(note, i), i) : null;
		if (mark !== null) marks.push(mark);
	}
	for (const mark of previous.marks) if (mark.line >= to) marks.push({ ...mark, line: mark.line + added });
	return Object.assign(note, { marks });
}

/**
 * The note's headings, and its bold lines and question items outside code, in line order. Only a line holding "?",
 * "**" or "__" can be a bold line or a question item, so three searches of the whole text find the lines worth reading.
 */
function questionMarks(note: NoteModel): NoteMark[] {
	const { text, lineStart, headings, codeLines } = note;
	const count = lineStart.length;
	const marks: NoteMark[] = [];
	let h = 0;
	let question = text.indexOf("?");
	let stars = text.indexOf("**");
	let lows = text.indexOf("__");
	let i = 0;
	while (question !== -1 || stars !== -1 || lows !== -1) {
		const at = Math.min(question === -1 ? text.length : question, stars === -1 ? text.length : stars, lows === -1 ? text.length : lows);
		while (i + 1 < count && lineStart[i + 1] <= at) i++;
		const next = i + 1 < count ? lineStart[i + 1] : text.length;
		while (h < headings.length && headings[h].line < i) marks.push(headingMark(headings[h++]));
		const heading = h < headings.length && headings[h].line === i;
		if (!heading && codeLines[i] === 0 && i >= note.meta.bodyStart) {
			const mark = lineMark(lineText(note, i), i);
			if (mark !== null) marks.push(mark);
		}
		if (question !== -1 && question < next) question = text.indexOf("?", next);
		if (stars !== -1 && stars < next) stars = text.indexOf("**", next);
		if (lows !== -1 && lows < next) lows = text.indexOf("__", next);
	}
	while (h < headings.length) marks.push(headingMark(headings[h++]));
	return marks;
}

function headingMark(heading: Heading): NoteMark {
	return { line: heading.line, level: heading.level, item: -1, text: heading.text, inline: -1 };
}

/** The bold line or question item that line `index`, outside code and not a heading, is; or null. */
export function lineMark(line: string, index: number): NoteMark | null {
	if (!mayOpenMark(line)) return null;
	const start = textStart(line);
	const c = line.charCodeAt(start);
	return (c === 42 || c === 95 ? readBold(line, index, start) : null) ?? readQuestionItem(line, index, start);
}

/** True when the line's first non-blank character may open a bold line or a list item: * _ - + > or a digit. */
function mayOpenMark(line: string): boolean {
	const c = line.charCodeAt(textIndent(line));
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
	if (listMarkerLength(line, textIndent(line)) === 0) return null;
	return { line: index, level: 0, item: indentWidth(line), text: line.slice(start, end), inline: -1 };
}
