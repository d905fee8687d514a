/** The edit that writes an accepted draft into its question's answer field: one change, applied as one undo step. */
import type { TextPosition } from "../sidebar/answers";
import type { QuestionEdit } from "../sidebar/insert-question";
import { questionClick, type ClickOptions } from "../sidebar/sidebar-clicks";
import type { ProfileCard, QuestionItem } from "../sidebar/sidebar-model";
import { indentContinuation } from "../text/lines";
import { minimalChange } from "../text/text-change";
import { words } from "../wording/wording";

/**
 * Writes `draft` where a click on the question would put the cursor: into its empty field (made first when the note
 * has none, the question inserted first when the note does not ask it), or, when the question is already answered,
 * before the answer, which is kept whole; a blank line is kept before what follows. In a bullet, later lines are indented to stay in that block (lists in the
 * draft become its child blocks). The result is one replacement; the cursor ends after the draft. An error when the
 * question cannot take an answer here (the profile's own page) or the draft is empty.
 */
export function acceptDraftEdit(
	text: string,
	card: Pick<ProfileCard, "name" | "reason" | "groups">,
	question: Pick<QuestionItem, "text" | "key">,
	draft: string,
	options: ClickOptions,
): { ok: true; edit: QuestionEdit } | { ok: false; message: string } {
	const answer = draft.replace(/\r\n?/g, "\n").trim();
	if (answer === "") return { ok: false, message: words("accept-empty") };
	const click = questionClick(text, card, question, options);
	if (click.kind === "notice" || card.reason === "page") return { ok: false, message: words("accept-page") };
	const prepared = click.kind === "edit" ? applyEdit(text, click.edit) : text;
	const at = offsetOf(prepared, click.kind === "edit" ? click.edit.cursor : click.at);
	const bullet = /^([\t ]*)[-*+] (?:\[[ xX]\] )?$/.exec(prepared.slice(prepared.lastIndexOf("\n", at - 1) + 1, at));
	const [rest, following] = prepared.slice(at).split("\n", 2);
	const answered = click.kind === "jump" && /\S/.test(rest);
	const body = bullet !== null ? indentContinuation(answer.replace(/\n{2,}/g, "\n"), `${bullet[1]}  `) : answer;
	const spaced = bullet === null && following !== undefined && following.trim() !== "" ? "\n" : "";
	const after = answered ? (bullet !== null ? `\n${bullet[1]}- ` : "\n\n") : spaced;
	const final = prepared.slice(0, at) + body + after + prepared.slice(at);
	const change = minimalChange(text, final);
	if (change === null) return { ok: false, message: words("accept-empty") };
	return {
		ok: true,
		edit: { from: positionOf(text, change.from), to: positionOf(text, change.to), text: change.insert, cursor: positionOf(final, at + body.length) },
	};
}

function applyEdit(text: string, edit: QuestionEdit): string {
	return text.slice(0, offsetOf(text, edit.from)) + edit.text + text.slice(offsetOf(text, edit.to));
}

/** The offset of a line and column, as editors count them (a CR before a line's LF is not a column). See also `positionOf`. */
function offsetOf(text: string, { line, ch }: TextPosition): number {
	const lines = text.split("\n");
	if (line >= lines.length) return text.length;
	const start = lines.slice(0, line).reduce((sum, each) => sum + each.length + 1, 0);
	return start + Math.min(ch, lines[line].replace(/\r$/, "").length);
}

function positionOf(text: string, offset: number): TextPosition {
	const lines = text.slice(0, offset).split("\n");
	return { line: lines.length - 1, ch: lines[lines.length - 1].length };
}
