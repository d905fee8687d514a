/** A graph page's own text: what an embed of it shows, page properties and surrounding blank lines left out. */
import { readNote } from "../note";

/** `text` without its metadata block (page properties or front matter), trimmed; line ends as "\n". */
export function pageBody(text: string): string {
	if (!/^[A-Za-z][\w-]*::|^---|\r/.test(text)) return text.trim();
	const note = readNote(text);
	return note.lines.slice(note.meta.bodyStart).join("\n").trim();
}
