/** Finds, for each question, where the note asks it and whether the note answers it. */
import { isBlank } from "../text/lines";
import type { NoteMark, NoteScan } from "./note-scan";
import { textStart } from "./note-scan";
import { questionKey } from "./question-key";

/** A place in a note: 0-based line and column, as editors count them. */
export interface TextPosition {
	line: number;
	ch: number;
}

/** Where a question stands in a note. */
export interface AnswerSpot {
	/** True when a non-empty answer follows the question. */
	answered: boolean;
	/** The end of the line that asks the question. */
	question: TextPosition;
	/** The start of the answer's text; for an unanswered question, the field under it (or the question line's end). */
	answer: TextPosition;
}

const PLACEHOLDER = /^(?:[-_.…—–?]+|\[[ xX]?\]|<!--[\s\S]*-->|%%[\s\S]*%%|[A-Za-z][\w -]*::?)$/;

/**
 * Looks up every question (by `questionKey`) among the note's headings and bold lines. A question is answered when
 * text follows it before the next heading of its level or higher (a bold question: before any heading) or the next
 * question; an empty field (a bare bullet, checkbox, `answer::`, `…`, a comment) is not an answer.
 * Keys not asked in the note are absent from the result. Linear in the note's length.
 */
export function findAnswers(scan: NoteScan, keys: ReadonlySet<string>): Map<string, AnswerSpot> {
	const spots = new Map<string, AnswerSpot>();
	if (keys.size === 0) return spots;
	const shortest = Math.min(...Array.from(keys, (key) => key.length));
	const marks = scan.marks;
	const markKeys = marks.map((mark) => (mark.text.length < shortest ? "" : keyOf(mark, keys)));
	for (let m = 0; m < marks.length; m++) {
		const key = markKeys[m];
		if (key === "") continue;
		const existing = spots.get(key);
		if (existing?.answered) continue;
		const spot = readAnswer(scan, m, markKeys);
		if (existing === undefined || spot.answered) spots.set(key, spot);
	}
	return spots;
}

/** True when the line holds text that answers something: not blank, not a bare marker or placeholder. */
export function holdsAnswer(line: string, from = textStart(line)): boolean {
	if (isBlank(line)) return false;
	const text = line.slice(from).trim();
	return text !== "" && !PLACEHOLDER.test(text);
}

function keyOf(mark: NoteMark, keys: ReadonlySet<string>): string {
	const key = questionKey(mark.text);
	return keys.has(key) ? key : "";
}

function readAnswer(scan: NoteScan, m: number, markKeys: readonly string[]): AnswerSpot {
	const { lines, marks } = scan;
	const mark = marks[m];
	const question = { line: mark.line, ch: lines[mark.line].length };
	if (mark.inline !== -1 && holdsAnswer(lines[mark.line], mark.inline)) {
		return { answered: true, question, answer: { line: mark.line, ch: mark.inline } };
	}
	const end = sectionEnd(scan, m, markKeys);
	let next = m + 1;
	for (let line = mark.line + 1; line < end; line++) {
		const inner = next < marks.length && marks[next].line === line ? marks[next++] : null;
		if (inner !== null && inner.level > 0) continue;
		const from = textStart(lines[line]);
		if (holdsAnswer(lines[line], from)) return { answered: true, question, answer: { line, ch: from } };
	}
	return { answered: false, question, answer: fieldAfter(lines, mark.line, end) };
}

/** The line where the question's answer region stops (exclusive). */
function sectionEnd(scan: NoteScan, m: number, markKeys: readonly string[]): number {
	const { marks } = scan;
	const level = marks[m].level;
	for (let k = m + 1; k < marks.length; k++) {
		const other = marks[k];
		if (markKeys[k] !== "") return other.line;
		if (other.level > 0 && (level === 0 || other.level <= level)) return other.line;
	}
	return scan.lines.length;
}

/** Where an answer would be typed: the first line under the question, at its text's start; else the question's end. */
function fieldAfter(lines: readonly string[], line: number, end: number): TextPosition {
	if (line + 1 < end) return { line: line + 1, ch: textStart(lines[line + 1]) };
	return { line, ch: lines[line].length };
}
