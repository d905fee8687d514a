/** Reads a note again after an edit of some of its lines, reading only those lines: what the Logseq panel does after each change. */
import { linkTargetLines } from "./link-targets";
import { addHeading, ReadNote, readLines, splitLines, type CodeBlock, type NoteModel } from "./note-model";
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
	const count = previous.lines.length;
	if (!(previous instanceof ReadNote) || previous.meta.kind === "unclosed" || from <= previous.meta.bodyStart || from >= count || from > to || to > count) return null;
	if (openAt(previous.code, from) || openAt(previous.code, to)) return null;
	const start = previous.lineStart[from];
	const inserted = edit.text;
	const shift = inserted.length - ((to < count ? previous.lineStart[to] : previous.text.length) - start);
	if (text.length !== previous.text.length + shift || (to < count && inserted !== "" && inserted.charCodeAt(inserted.length - 1) !== 10)) return null;
	const starts: number[] = [];
	const edited = to < count && inserted === "" ? [] : splitLines(inserted, starts, 0, to < count ? inserted.length - 1 : inserted.length);
	const added = edited.length - (to - from);
	const lines = previous.lines.slice(0, from).concat(edited, previous.lines.slice(to));
	const lineStart = previous.lineStart.slice(0, from);
	for (const at of starts) lineStart.push(start + at);
	for (let i = to; i < count; i++) lineStart.push(previous.lineStart[i] + shift);
	const codeLines = new Uint8Array(lines.length);
	codeLines.set(previous.codeLines.subarray(0, from));
	codeLines.set(previous.codeLines.subarray(to), from + edited.length);
	const body = readLines(lines, from, from + edited.length, codeLines);
	if (body.fence !== null) return null;
	const before = readLines(previous.lines, from, to, new Uint8Array(count));
	const moved = <T extends { from: number; to: number }>(block: T) => ({ ...block, from: block.from + added, to: block.to + added });
	const code = previous.code.filter((block) => block.to < from).concat(body.code, previous.code.filter((block) => block.from >= to).map(moved));
	const headings: Heading[] = [];
	const open: number[] = [];
	for (const heading of previous.headings) if (heading.line < from) addHeading(headings, open, { ...heading });
	for (const heading of body.headings) addHeading(headings, open, heading);
	for (const heading of previous.headings) if (heading.line >= to) addHeading(headings, open, { ...heading, line: heading.line + added });
	for (const index of open) headings[index].end = lines.length;
	return new ReadNote(text, lines, lineStart, previous.meta, code, codeLines, headings, previous.bullets - before.bullets + body.bullets, previous.others - before.others + body.others);
}

/** True when a fence opened before `line` is still open at its start. */
function openAt(code: readonly CodeBlock[], line: number): boolean {
	return code.some((block) => block.from < line && (block.to >= line || !block.closed));
}

/**
 * The link targets (see `linkTargetLines`) of `note`, read again by `rereadNote` after `edit`, from `targets`, those of
 * the model before it, and the edited lines; null when a target's first appearance was edited away (read them all again).
 */
export function rereadTargets(targets: ReadonlyMap<string, number>, note: NoteModel, edit: LineEdit, added: number): Map<string, number> | null {
	const { from, to } = edit;
	const count = to - from + added;
	const start = note.lineStart[from];
	const window = { text: edit.text, lines: note.lines.slice(from, from + count), lineStart: note.lineStart.slice(from, from + count).map((at) => at - start), codeLines: note.codeLines.subarray(from, from + count) };
	const edited = count === 0 ? new Map<string, number>() : linkTargetLines(window);
	const out = new Map<string, number>();
	const after: [string, number][] = [];
	for (const [target, line] of targets) {
		if (line < from) out.set(target, line);
		else if (line >= to) after.push([target, line + added]);
		else if (!edited.has(target)) return null;
	}
	for (const [target, line] of edited) if (!out.has(target)) out.set(target, line + from);
	for (const [target, line] of after) if (!out.has(target)) out.set(target, line);
	return out;
}
