/** What a click in the copilot sidebar does to the note, decided from the note's text; each host only carries it out. */
import { words } from "../wording/wording";
import { findAnswers, type TextPosition } from "./answers";
import { answerFieldEdit } from "./answer-field";
import { insertQuestionEdit, type InsertOptions, type QuestionEdit } from "./insert-question";
import { scanNote } from "./question-marks";
import { questionOnPage } from "./page-sections";
import type { EmptySection, ProfileCard, QuestionItem, SidebarModel } from "./sidebar-model";

/** What a click needs beside the note: the flavour to write in, and the cursor to stay at when nothing else fits. */
export type ClickOptions = Omit<InsertOptions, "profile"> & { cursor: TextPosition };

/** Apply `edit` as one undo step, the cursor at its `cursor`; or put the cursor `at` a place; or tell the user `message`. */
export type QuestionClick = { kind: "edit"; edit: QuestionEdit } | { kind: "jump"; at: TextPosition } | { kind: "notice"; message: string };

/**
 * Clicking a question: on the profile's own page, whose questions are not answered there, a jump to where the page
 * lists it. Elsewhere a jump to its answer or field when the note asks it (the field made first when the note gives
 * none), else the question inserted as a heading with an empty field under it. See `insertQuestionEdit`, `answerFieldEdit`.
 */
export function questionClick(
	text: string,
	card: Pick<ProfileCard, "name" | "reason" | "groups">,
	question: Pick<QuestionItem, "text" | "key">,
	options: ClickOptions,
): QuestionClick {
	const scan = scanNote(text);
	if (card.reason === "page") {
		const key = card.groups.find((group) => group.questions.some((each) => each.key === question.key))?.key ?? null;
		const listed = questionOnPage(scan, question.text, key);
		return listed === null ? { kind: "notice", message: words("question-not-listed", { question: question.text }) } : { kind: "jump", at: listed };
	}
	const spot = findAnswers(scan, new Set([question.key])).get(question.key);
	const edit = spot === undefined ? insertQuestionEdit(text, question.text, { flavor: options.flavor, profile: card.name }, scan) : answerFieldEdit(text, spot);
	if (edit !== null) return { kind: "edit", edit };
	return { kind: "jump", at: spot?.answer ?? options.cursor };
}

/** Where "jump to the empty section" goes: the section as a freshly loaded `model` has it, else where it was when drawn. */
export function emptySectionAt(model: SidebarModel, card: string, section: EmptySection): TextPosition {
	const current = model.cards.find((each) => each.name === card)?.emptySections.find((each) => each.title === section.title);
	return (current ?? section).at;
}
