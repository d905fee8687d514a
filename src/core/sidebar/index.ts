/** The copilot sidebar's pure model: which profiles a note is about, its questions, their answers, and the edits. */
export { answerFieldEdit } from "./answer-field";
export { copyCardPrompt, type ClipboardWrite } from "./card-prompt";
export { findAnswers, holdsAnswer, type AnswerOptions, type AnswerSpot, type TextPosition } from "./answers";
export { copilotPrompt } from "./copy-prompt";
export { insertQuestionEdit, type InsertOptions, type QuestionEdit } from "./insert-question";
export { readKeyPage, type KeyPage } from "../graph/key-page";
export { NoteModelLoader, type LoadedNote } from "./note-model-loader";
export { rescanNote, scanNote, type NoteMark, type NoteScan } from "./question-marks";
export { splitLines } from "../text/lines";
export { isEmptySection, pageSections, questionOnPage, readPageProfile, type PageSection } from "./page-sections";
export {
	fullProfile,
	isProfilePage,
	profilesOfNote,
	type AppliedProfile,
	type LinkResolver,
	type NoteProfiles,
	type ProfileEntry,
	type ProfileLookup,
	type ProfileReason,
} from "./profiles-of-note";
export { questionKey } from "./question-key";
export { emptySectionAt, questionClick, type QuestionClick } from "./sidebar-clicks";
export {
	buildSidebarModel,
	cardQuestions,
	progressText,
	sidebarViewKey,
	type EmptySection,
	type ProfileCard,
	type QuestionGroup,
	type QuestionItem,
	type SidebarInput,
	type SidebarModel,
	type SidebarView,
} from "./sidebar-model";
