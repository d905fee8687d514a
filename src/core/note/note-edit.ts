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
 * The model `readNote(text)` gives, built from `previous` (the model of the text before `edit`) by reading only the
 * edited lines; null when the edit reaches what depends on the whole text (the metadata block, or a fence open across
 * either end of the edit), where the caller reads the whole note.
 */
export function rereadNote(previous: NoteModel, text: string, edit: LineEdit): ReadNote | null {
	const { from, to } = edit;
	const count = previous.lineStart.length;
	if (!(previous instanceof ReadNote) || previous.meta.kind === "unclosed" || from <= previous.meta.bodyStart || from >= count || from > to || to > count) return null;
	if (openAt(previous.code, from) || openAt(previous.code, to)) return null;
	const start = previous.lineStart[from];
	const inserted = edit.text;
	const shift = inserted.length - ((to < count ? previous.lineStart[to] : previous.text.length) - start);
	if (text.length !== previous.text.length + shift || (to < count && inserted !== "" && inserted.charCodeAt(inserted.length - 1) !== 10)) return null;
	/** The edited lines start at `start` and after each "\n" of the inserted text but a last one that ends the edit. */
	const lineStart = previous.lineStart.slice(0, from);
	const limit = to < count ? inserted.length - 1 : inserted.length;
	if (limit >= 0) lineStart.push(start);
	for (let newline = inserted.indexOf("\n"); newline !== -1 && newline < limit; newline = inserted.indexOf("\n", newline + 1)) lineStart.push(start + newline + 1);
	const edited = lineStart.length - from;
	const added = edited - (to - from);
	for (let i = to; i < count; i++) lineStart.push(previous.lineStart[i] + shift);
	const codeLines = new Uint8Array(lineStart.length);
	codeLines.set(previous.codeLines.subarray(0, from));
	codeLines.set(previous.codeLines.subarray(to), from + edited);
	const body = readLines(text, lineStart, from, from + edited, codeLines);
	if (body.fence !== null) return null;
	const before = readLines(previous.text, previous.lineStart, from, to, new Uint8Array(count));
	const moved = <T extends { from: number; to: number }>(block: T) => ({ ...block, from: block.from + added, to: block.to + added });
	const code = previous.code.filter((block) => block.to < from).concat(body.code, previous.code.filter((block) => block.from >= to).map(moved));
	const headings: Heading[] = [];
	const open: number[] = [];
	for (const heading of previous.headings) if (heading.line < from) addHeading(headings, open, { ...heading });
	for (const heading of body.headings) addHeading(headings, open, heading);
	for (const heading of previous.headings) if (heading.line >= to) addHeading(headings, open, { ...heading, line: heading.line + added });
	for (const index of open) headings[index].end = lineStart.length;
	return new ReadNote(text, lineStart, previous.meta, code, codeLines, headings, previous.bullets - before.bullets + body.bullets, previous.others - before.others + body.others);
}

/** True when a fence opened before `line` is still open at its start. */
function openAt(code: readonly CodeBlock[], line: number): boolean {
	return code.some((block) => block.from < line && (block.to >= line || !block.closed));
}
