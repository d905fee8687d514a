/** Which of a profile's worked examples a prompt may show for a note: never the note itself. */
import { readNote } from "../note";
import type { ProfileExample } from "../profile/profile";
import { questionKey } from "./question-key";

/**
 * The examples with text that are not the note being written: none titled like the note's name (its file name)
 * or its title (its first level-1 heading), none whose text is the note's text or part of it. Used by Copy prompt
 * and by drafting alike.
 */
export function examplesBesidesNote(examples: readonly ProfileExample[], noteText: string, noteName: string): ProfileExample[] {
	const note = readNote(noteText);
	const title = note.headings.find((heading) => heading.level === 1)?.text ?? "";
	const names = new Set([questionKey(noteName), questionKey(title)].filter((name) => name !== ""));
	const own = flat(note.lines.slice(note.meta.bodyStart).join("\n"));
	return examples.filter((example) => {
		const text = flat(example.body);
		if (text === "" || names.has(questionKey(example.title))) return false;
		return own === "" || !own.includes(text);
	});
}

/** Text with every run of white space as one space, trimmed: the same words however they are wrapped. */
function flat(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
