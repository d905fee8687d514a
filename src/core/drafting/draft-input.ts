/** What a draft's prompt is built from, read from the note as it is when Draft is pressed. */
import { basename } from "../host/note-meta";
import { fullProfile } from "../sidebar/profiles-of-note";
import type { LoadedNote } from "../sidebar/note-model-loader";
import type { DraftPromptInput } from "./draft-prompt";

/**
 * The prompt input for `question` of the profile named `profile` in the note at `path`, loaded as `loaded` from `text`;
 * throws (the session shows it in the card) when the note is no longer about that profile.
 */
export function draftInput(loaded: LoadedNote, profile: string, question: string, path: string, text: string): Omit<DraftPromptInput, "contextTokens"> {
	const applied = loaded.applied.find((each) => each.profile.name === profile);
	if (applied === undefined) throw new Error(`this note is no longer about “${profile}”`);
	return { profile: fullProfile(applied, text), question, noteText: text, noteName: basename(path) };
}
