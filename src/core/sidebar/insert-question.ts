/** The edit that writes a question into a note as a heading with an empty field under it, ready to be answered. */
import { isBlank, textIndent } from "../text/lines";
import type { TextPosition } from "./answers";
import { profileHeading } from "../profile/profile-heading";
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
	/** The profile's name: a heading with this name is the profile's section in the note. */
	profile: string;
	/** "logseq" writes an outline block, "obsidian" a plain heading, "auto" follows the note. */
	flavor: "auto" | "obsidian" | "logseq";
}

/**
 * Inserts `question` as a heading at the end of the profile's section, one level under its heading, when the note
 * has a heading with the profile's name; else at the end of the note, as a section beside the note's others (under
 * its title). Wherever the cursor is: never above the title, never inside front matter, page properties or fenced
 * code. The cursor lands in the empty field under the heading. `scan` is the note's scan when the caller has it.
 */
export function insertQuestionEdit(text: string, question: string, options: InsertOptions, scan: NoteScan = scanNote(text)): QuestionEdit {
	const section = profileHeading(scan.headings, [options.profile]);
	const { lines } = scan;
	const line = placeOutsideCode(scan, section !== null ? lastTextLine(lines, section.line, section.end - 1) : lastTextLine(lines, 0, lines.length - 1));
	const level = Math.min(6, section !== null ? section.level + 1 : sectionLevel(scan));
	const heading = `${"#".repeat(level)} ${question.replace(/\s+/g, " ").trim()}`;
	const logseq = options.flavor === "logseq" || (options.flavor === "auto" && scan.outline);
	if (line === -1) return startEdit(`${logseq ? "- " : ""}${heading}`, logseq ? "  - " : "");
	if (!logseq) return markdownEdit(lines, line, heading);
	return logseqEdit(lines, line, section === null ? null : lines[section.line], heading);
}

/** The last of lines `first` to `last` that holds text; `first` when none does (the heading of an empty section, the first line of a blank note). */
function lastTextLine(lines: readonly string[], first: number, last: number): number {
	while (last > first && isBlank(lines[last])) last--;
	return last;
}

/**
 * The level of the note's top sections: one under the title when a single heading of the highest level opens the
 * note (`# Pets` gives `##`), else that highest level; 2 in a note without headings.
 */
function sectionLevel(scan: NoteScan): number {
	const { headings } = scan;
	if (headings.length === 0) return 2;
	let top = 6;
	let count = 0;
	for (const heading of headings) {
		if (heading.level < top) [top, count] = [heading.level, 0];
		if (heading.level === top) count++;
	}
	return headings[0].level === top && count === 1 ? top + 1 : top;
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

/** The question and its field as the note's first lines, a blank line before what was there. */
function startEdit(headingLine: string, field: string): QuestionEdit {
	const start = { line: 0, ch: 0 };
	return { from: start, to: start, text: `${headingLine}\n${field}\n\n`, cursor: { line: 1, ch: field.length } };
}

/** `### Question?` with a blank line above, the empty field under it, and a blank line before what follows. */
function markdownEdit(lines: readonly string[], line: number, heading: string): QuestionEdit {
	const followed = line + 1 < lines.length && !isBlank(lines[line + 1]);
	// After a line of text, a blank line and the heading; on a blank line, the heading, with a blank line above it.
	const above = isBlank(lines[line]) ? (line > 0 && !isBlank(lines[line - 1]) ? "\n" : "") : "\n\n";
	return writeAfter(lines, line, above, `${heading}\n${followed ? "\n" : ""}`, 0);
}

/**
 * A Logseq block `- ### Question?` with an empty child bullet, written after `line`: a child of the `parent` block
 * (the profile's section heading line), else a block at the top of the outline.
 */
function logseqEdit(lines: readonly string[], line: number, parent: string | null, heading: string): QuestionEdit {
	const step = lines.some((each) => each.startsWith("\t")) ? "\t" : "  ";
	const block = parent === null ? "" : parent.slice(0, textIndent(parent)) + step;
	const field = `${block}${step}- `;
	return writeAfter(lines, line, isBlank(lines[line]) ? "" : "\n", `${block}- ${heading}\n${field}`, field.length);
}

/**
 * Writes `above` (line ends only) and then `text`, a heading line and its field, in place of line `line` when it is
 * blank, else at its end. The cursor goes to column `ch` of the field.
 */
function writeAfter(lines: readonly string[], line: number, above: string, text: string, ch: number): QuestionEdit {
	const end = { line, ch: lines[line].length };
	const from = isBlank(lines[line]) ? { line, ch: 0 } : end;
	return { from, to: end, text: above + text, cursor: { line: line + above.length + 1, ch } };
}
