/** The edit that makes room to answer a question the note asks without leaving a line to answer on. */
import { isBlank, splitLines, textIndent } from "../text/lines";
import type { AnswerSpot } from "./answers";
import type { QuestionEdit } from "./insert-question";

/**
 * A field under the question: a nested bullet under a list item or an outline block (`- ## Question?`), an empty line
 * under a heading or bold line (a blank line kept before what follows). Null when the question already has a field
 * or an answer: then the cursor only needs to go there. See also `insertQuestionEdit`.
 */
export function answerFieldEdit(text: string, spot: AnswerSpot): QuestionEdit | null {
	if (spot.answered || spot.field) return null;
	const lines = splitLines(text);
	const line = lines[spot.question.line] ?? "";
	const end = { line: spot.question.line, ch: line.length };
	const indent = line.slice(0, textIndent(line));
	if (spot.kind === "item" || /^[\t ]*[-*+] /.test(line)) {
		const step = indent.includes("\t") || lines.some((each) => each.startsWith("\t")) ? "\t" : "  ";
		const field = `${indent}${step}- `;
		return { from: end, to: end, text: `\n${field}`, cursor: { line: end.line + 1, ch: field.length } };
	}
	const followed = end.line + 1 < lines.length && !isBlank(lines[end.line + 1]);
	return { from: end, to: end, text: followed ? "\n\n" : "\n", cursor: { line: end.line + 1, ch: 0 } };
}
