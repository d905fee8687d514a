/** "Copy prompt" for one card of the sidebar: the prompt built from the loaded note, the host's clipboard, and what to say. */
import { words } from "../wording/wording";
import { basename } from "../host/note-meta";
import type { TemplateEngine } from "../templates/template-engine";
import { copilotPrompt, PROMPT_NOTE_LIMIT } from "./copy-prompt";
import type { LoadedNote } from "./note-model-loader";
import { fullProfile } from "./profiles-of-note";
import { cardQuestions } from "./sidebar-model";
import { errorMessage } from "../result";

/** Puts text on the host's clipboard; rejects when the host refuses. */
export type ClipboardWrite = (text: string) => Promise<void>;

/**
 * Copies the prompt for the card named `profile` of `loaded`, with the note's current `text` (on the profile's own page,
 * asking for its empty sections); resolves to the message to show: done, with a warning when the note was cut to
 * `PROMPT_NOTE_LIMIT`, or why not (a broken template, a refused clipboard). Null when `loaded` has no such card.
 */
export async function copyCardPrompt(
	loaded: LoadedNote,
	profile: string,
	text: string,
	engine: TemplateEngine,
	write: ClipboardWrite,
): Promise<string | null> {
	const applied = loaded.applied.find((each) => each.profile.name === profile);
	const card = loaded.model.cards.find((each) => each.name === profile);
	if (applied === undefined || card === undefined) return null;
	const pageSections = card.reason === "page" ? [...card.emptySections.map((section) => section.title), ...card.missingSections] : undefined;
	const note = { text, name: basename(loaded.model.path), pageSections };
	const prompt = copilotPrompt(fullProfile(applied, text), cardQuestions(card).map((question) => question.text), note, engine);
	if (!prompt.ok) return `The prompt could not be written: ${prompt.error.message}`;
	try {
		await write(prompt.value.text);
		const copied = words("prompt-copied", { profile });
		if (!prompt.value.noteTrimmed) return copied;
		return words("prompt-trimmed", { copied, limit: PROMPT_NOTE_LIMIT.toLocaleString("en") });
	} catch (error) {
		return `Could not copy the prompt: ${errorMessage(error)}`;
	}
}
