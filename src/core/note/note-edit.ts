/** Reads a note again after an edit of some of its lines, reading only those lines: what the Logseq panel does after each change. */
import { addHeading, ReadNote, readLines, type CodeBlock, type NoteModel } from "./note-model";
import type { Heading } from "./headings";

/** Lines [from, to) of the earlier text were replaced by `text` (line ends included); the text before and after them is unchanged. */
export interface LineEdit {
	from: number;
	to: number;
	text: string;
}

/**
 * What `rereadNote` read again: lines [from, to) of the model before became lines [from, from + lines) of the new one;
 * every other line is the same text, shifted.
 */
export interface NoteChange {
	/** The `lineStart` of the model before, which tells that model apart by identity without keeping it (and the ones before it) alive. */
	before: readonly number[];
	from: number;
	to: number;
	lines: number;
}

/**
 * The model `readNote(text)` gives, built from `previous` (the model of the text before `edit`) by reading only the
 * edited lines, as `edit.text` holds them (`text` itself is not searched); null when the edit reaches what depends on the whole text (the metadata block, or a fence open across
 * either end of the edit), where the caller reads the whole note.
 */
export function rereadNote(previous: NoteModel, text: string, edit: LineEdit): ReadNote | null {
	const { from, to } = edit;
	const count = previous.lineStart.length;
	if (!(previous instanceof ReadNote) || previous.meta.kind === "unclosed" || from <= previous.meta.bodyStart || from >= count || from > to || to > count) return null;
	if (openAt(previous.code, from) || openAt(previous.code, to)) return null;
	const start = previous.lineStart[from];
	const inserted = edit.text;
	const end = to < count ? previous.lineStart[to] : previous.text.length;
	const shift = inserted.length - (end - start);
	if (text.length !== previous.text.length + shift || (to < count && inserted !== "" && inserted.charCodeAt(inserted.length - 1) !== 10)) return null;
	/** The edited lines start at `start` and after each "\n" of the inserted text but a last one that ends the edit. */
	const starts = partStarts(inserted);
	const edited = starts.length - (to < count ? 1 : 0);
	const added = edited - (to - from);
	const lineStart = previous.lineStart.slice(0, from);
	for (let i = 0; i < edited; i++) lineStart.push(start + starts[i]);
	for (let i = to; i < count; i++) lineStart.push(previous.lineStart[i] + shift);
	// The edited lines are read from the edit, and the lines they replaced from a slice of the earlier text: no search runs past the edit.
	const partCode = new Uint8Array(starts.length);
	const body = readLines(inserted, starts, 0, edited, partCode);
	if (body.fence !== null) return null;
	const replacedStarts = previous.lineStart.slice(from, to).map((offset) => offset - start);
	if (to < count) replacedStarts.push(end - start);
	const before = readLines(previous.text.slice(start, end), replacedStarts, 0, to - from, new Uint8Array(replacedStarts.length));
	const codeLines = new Uint8Array(lineStart.length);
	codeLines.set(previous.codeLines.subarray(0, from));
	codeLines.set(partCode.subarray(0, edited), from);
	codeLines.set(previous.codeLines.subarray(to), from + edited);
	for (const heading of body.headings) heading.line += from;
	for (const block of body.code) {
		block.from += from;
		block.to += from;
	}
	const moved = <T extends { from: number; to: number }>(block: T) => ({ ...block, from: block.from + added, to: block.to + added });
	const code = previous.code.filter((block) => block.to < from).concat(body.code, previous.code.filter((block) => block.from >= to).map(moved));
	const headings: Heading[] = [];
	const open: number[] = [];
	for (const heading of previous.headings) if (heading.line < from) addHeading(headings, open, { ...heading });
	for (const heading of body.headings) addHeading(headings, open, heading);
	for (const heading of previous.headings) if (heading.line >= to) addHeading(headings, open, { ...heading, line: heading.line + added });
	for (const index of open) headings[index].end = lineStart.length;
	const note = new ReadNote(text, lineStart, previous.meta, code, codeLines, headings, previous.bullets - before.bullets + body.bullets, previous.others - before.others + body.others);
	const change: NoteChange = { before: previous.lineStart, from, to, lines: edited };
	return Object.assign(note, { change });
}

/**
 * Where each line of `part` (whole lines) starts in it: at 0 and after each "\n". A part that ends with a line end has
 * one entry more than lines, where a next line would start, so that its last line's end is known.
 */
function partStarts(part: string): number[] {
	const starts = [0];
	for (let newline = part.indexOf("\n"); newline !== -1; newline = part.indexOf("\n", newline + 1)) starts.push(newline + 1);
	return starts;
}

/** True when a fence opened before `line` is still open at its start. */
function openAt(code: readonly CodeBlock[], line: number): boolean {
	return code.some((block) => block.from < line && (block.to >= line || !block.closed));
}
