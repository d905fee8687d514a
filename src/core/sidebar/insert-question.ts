/** The edit that writes a question into a note as a heading with an empty field under it, ready to be answered. */
import { indentWidth, isBlank } from "../text/lines";
import type { TextPosition } from "./answers";
import { profileHeading } from "../profile/profile-heading";
import type { Heading } from "../note";
import { scanNote, type NoteScan } from "./question-marks";

/** One replacement in the note and where the cursor goes after it; apply both as one transaction. */
export interface QuestionEdit {
	from: TextPosition;
	to: TextPosition;
	text: string;
	cursor: TextPosition;
}

/** Where and how to insert. */
export interface InsertOptions {
	/** The cursor, used when the note has no section for the profile. */
	cursor: TextPosition;
	/** The profile's name: a heading with this name is the profile's section in the note. */
	profile: string;
	/** "logseq" writes an outline block, "obsidian" a plain heading, "auto" follows the note. */
	flavor: "auto" | "obsidian" | "logseq";
}

/**
 * Inserts `question` as a heading one level below the section it lands in, at the end of the profile's section
 * when the note has a heading with the profile's name, else on the line after the cursor's (on it when it is blank).
 * Never inside front matter or fenced code. The cursor lands in the empty field under the heading.
 */
export function insertQuestionEdit(text: string, question: string, options: InsertOptions): QuestionEdit {
	const scan = scanNote(text);
	const heading = question.replace(/\s+/g, " ").trim();
	const section = profileSection(scan, options.profile);
	const line = placeOutsideCode(scan, section !== null ? section.last : options.cursor.line);
	const level = Math.min(6, (section !== null ? section.mark.level : enclosingLevel(scan, line)) + 1);
	const logseq = options.flavor === "logseq" || (options.flavor === "auto" && scan.outline);
	if (line === -1) return startEdit(`${logseq ? "- " : ""}${"#".repeat(level)} ${heading}`, logseq ? "  - " : "");
	if (!logseq) return markdownEdit(scan.lines, line, level, heading);
	if (section !== null) return logseqEdit(scan.lines, line, section.mark.line, true, level, heading);
	return logseqEdit(scan.lines, blockEnd(scan.lines, line), line, false, level, heading);
}

/** The profile's section in the note (see `profileHeading`), and the last non-blank line of it. */
function profileSection(scan: NoteScan, profile: string): { mark: Heading; last: number } | null {
	const mark = profileHeading(scan.headings, [profile]);
	if (mark === null) return null;
	let last = mark.end - 1;
	while (last > mark.line && isBlank(scan.lines[last])) last--;
	return { mark, last };
}

/**
 * The line to insert after: `wanted`, moved past the front matter, and past the fenced code it is in (before that
 * code when it runs to the end of the note); -1 for the very start of the note.
 */
function placeOutsideCode(scan: NoteScan, wanted: number): number {
	const { lines } = scan;
	const line = Math.max(Math.min(wanted, lines.length - 1), scan.meta.bodyStart - 1);
	const block = scan.code.find((code) => code.from <= line && line <= code.to);
	if (block === undefined) return line;
	return block.to === lines.length - 1 ? block.from - 1 : block.to;
}

/** The level of the nearest heading at or above `line`, 1 when there is none (so questions become `##`). */
function enclosingLevel(scan: NoteScan, line: number): number {
	let level = 1;
	for (const heading of scan.headings) {
		if (heading.line > line) break;
		level = heading.level;
	}
	return level;
}

/** The last line of the outline block at `line`, its children included, so a new sibling never adopts them. */
function blockEnd(lines: readonly string[], line: number): number {
	if (isBlank(lines[line])) return line;
	const indent = indentWidth(lines[line]);
	let last = line;
	for (let i = line + 1; i < lines.length; i++) {
		if (isBlank(lines[i])) continue;
		if (indentWidth(lines[i]) <= indent) break;
		last = i;
	}
	return last;
}

/** The question and its field as the note's first lines, a blank line before what was there. */
function startEdit(headingLine: string, field: string): QuestionEdit {
	const start = { line: 0, ch: 0 };
	return { from: start, to: start, text: `${headingLine}\n${field}\n\n`, cursor: { line: 1, ch: field.length } };
}

/** `### Question?` with a blank line above, the empty field under it, and a blank line before what follows. */
function markdownEdit(lines: readonly string[], line: number, level: number, question: string): QuestionEdit {
	const headingLine = `${"#".repeat(level)} ${question}`;
	const followed = line + 1 < lines.length && !isBlank(lines[line + 1]);
	if (isBlank(lines[line])) {
		const above = line > 0 && !isBlank(lines[line - 1]);
		const text = `${above ? "\n" : ""}${headingLine}\n${followed ? "\n" : ""}`;
		const at = line + (above ? 2 : 1);
		return { from: { line, ch: 0 }, to: { line, ch: lines[line].length }, text, cursor: { line: at, ch: 0 } };
	}
	const end = { line, ch: lines[line].length };
	return { from: end, to: end, text: `\n\n${headingLine}\n${followed ? "\n" : ""}`, cursor: { line: line + 3, ch: 0 } };
}

/**
 * A Logseq block `- ### Question?` with an empty child bullet, written after `line`: a child of the block at `anchor`
 * when `nested` (the profile's section), else its sibling.
 */
function logseqEdit(lines: readonly string[], line: number, anchor: number, nested: boolean, level: number, question: string): QuestionEdit {
	const step = lines.some((each) => each.startsWith("\t")) ? "\t" : "  ";
	const indent = /^[\t ]*/.exec(lines[anchor])?.[0] ?? "";
	const block = nested ? indent + step : indent;
	const field = `${block}${step}- `;
	const end = { line, ch: lines[line].length };
	if (isBlank(lines[line])) {
		const start = { line, ch: 0 };
		return { from: start, to: end, text: `${block}- ${"#".repeat(level)} ${question}\n${field}`, cursor: { line: line + 1, ch: field.length } };
	}
	return { from: end, to: end, text: `\n${block}- ${"#".repeat(level)} ${question}\n${field}`, cursor: { line: line + 2, ch: field.length } };
}
