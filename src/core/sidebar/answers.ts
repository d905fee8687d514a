/** Finds, for each question, where the note asks it and whether the note answers it. */
import { lineText } from "../note";
import { indentWidth, isBlank, textStart } from "../text/lines";
import type { NoteMark, NoteScan } from "./question-marks";
import { questionKey } from "./question-key";

/** A place in a note: 0-based line and column, as editors count them. */
export interface TextPosition {
	line: number;
	ch: number;
}

/** Where a question stands in a note. */
export interface AnswerSpot {
	/** How the note asks it: as a heading, a bold line, or a list item. */
	kind: "heading" | "bold" | "item";
	/** True when a non-empty answer follows the question. */
	answered: boolean;
	/** True when there is a line (a field) under the question to write the answer on. */
	field: boolean;
	/** The end of the line that asks the question. */
	question: TextPosition;
	/** The start of the answer's text; for an unanswered question, its field (or the question line's end). */
	answer: TextPosition;
}

/** Whether list items ending with "?" count as asking (not on a profile page, whose own questions are a list). */
export interface AnswerOptions {
	items: boolean;
}

const PLACEHOLDER = /^(?:[-_.…—–?]+|\[[ xX]?\]|<!--[\s\S]*-->|%%[\s\S]*%%|[A-Za-z][\w -]*::?)$/;

/**
 * Looks up every question (by `questionKey`) among the note's headings, bold lines and list items. A heading is
 * answered by text before the next heading of its level or higher, a bold line by text before any heading, a list
 * item by text nested under it; in each case the next question ends the answer too. An empty field (a bare bullet,
 * checkbox, `answer::`, `…`, a comment) is not an answer. Keys the note does not ask are absent. Linear in its length.
 */
export function findAnswers(scan: NoteScan, keys: ReadonlySet<string>, options: AnswerOptions = { items: true }): Map<string, AnswerSpot> {
	const spots = new Map<string, AnswerSpot>();
	if (keys.size === 0) return spots;
	const shortest = Math.min(...Array.from(keys, (key) => key.length));
	const marks = scan.marks;
	const markKeys = marks.map((mark) => (mark.text.length < shortest || (mark.item >= 0 && !options.items) ? "" : keyOf(mark, keys)));
	for (let m = 0; m < marks.length; m++) {
		const key = markKeys[m];
		if (key === "") continue;
		const existing = spots.get(key);
		if (existing?.answered) continue;
		const spot = marks[m].item >= 0 ? readItemAnswer(scan, m, markKeys) : readAnswer(scan, m, markKeys);
		if (existing === undefined || spot.answered) spots.set(key, spot);
	}
	return spots;
}

/** True when the line holds text that answers something: not blank, not a bare marker or placeholder. */
export function holdsAnswer(line: string, from = textStart(line)): boolean {
	const text = line.slice(from).trim();
	return text !== "" && !PLACEHOLDER.test(text);
}

function keyOf(mark: NoteMark, keys: ReadonlySet<string>): string {
	const key = questionKey(mark.text);
	return keys.has(key) ? key : "";
}

function readAnswer(scan: NoteScan, m: number, markKeys: readonly string[]): AnswerSpot {
	const { marks } = scan;
	const mark = marks[m];
	const kind = mark.level > 0 ? "heading" : "bold";
	const asked = lineText(scan, mark.line);
	const question = { line: mark.line, ch: asked.length };
	if (mark.inline !== -1 && holdsAnswer(asked, mark.inline)) {
		return answeredSpot(kind, question, { line: mark.line, ch: mark.inline });
	}
	const end = sectionEnd(scan, m, markKeys);
	let next = m + 1;
	for (let line = mark.line + 1; line < end; line++) {
		const inner = next < marks.length && marks[next].line === line ? marks[next++] : null;
		if (inner !== null && inner.level > 0) continue;
		const text = lineText(scan, line);
		const from = textStart(text);
		if (holdsAnswer(text, from)) return answeredSpot(kind, question, { line, ch: from });
	}
	const field = mark.line + 1 < end;
	const answer = field ? { line: mark.line + 1, ch: textStart(lineText(scan, mark.line + 1)) } : question;
	return { kind, answered: false, field, question, answer };
}

/** A list item's answer: the lines nested under it, up to the next question or heading. */
function readItemAnswer(scan: NoteScan, m: number, markKeys: readonly string[]): AnswerSpot {
	const { marks } = scan;
	const mark = marks[m];
	const question = { line: mark.line, ch: lineText(scan, mark.line).length };
	let first: TextPosition | null = null;
	let next = m + 1;
	for (let line = mark.line + 1; line < scan.lineStart.length; line++) {
		const inner = next < marks.length && marks[next].line === line ? next++ : -1;
		if (inner !== -1 && (marks[inner].level > 0 || markKeys[inner] !== "")) break;
		const text = lineText(scan, line);
		if (isBlank(text)) continue;
		if (indentWidth(text) <= mark.item) break;
		const from = textStart(text);
		first ??= { line, ch: from };
		if (holdsAnswer(text, from)) return answeredSpot("item", question, { line, ch: from });
	}
	return { kind: "item", answered: false, field: first !== null, question, answer: first ?? question };
}

/** A question asked as `kind` at `question` and answered from `answer` on. */
function answeredSpot(kind: AnswerSpot["kind"], question: TextPosition, answer: TextPosition): AnswerSpot {
	return { kind, answered: true, field: true, question, answer };
}

/** The line where a heading's or bold line's answer region stops (exclusive). */
function sectionEnd(scan: NoteScan, m: number, markKeys: readonly string[]): number {
	const { marks } = scan;
	const level = marks[m].level;
	for (let k = m + 1; k < marks.length; k++) {
		const other = marks[k];
		if (markKeys[k] !== "") return other.line;
		if (other.level > 0 && (level === 0 || other.level <= level)) return other.line;
	}
	return scan.lineStart.length;
}
