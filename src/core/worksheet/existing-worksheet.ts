/** Finds a profile's worksheet already in a note, so that a second insertion can offer to go there instead. */
import { readNote } from "../note";
import type { TextRange } from "../text/text-change";

/**
 * The heading line of the first worksheet for `profileName` in the note: a heading of any level (or a Logseq `- ##`
 * bullet) outside metadata and code whose text is the profile's name. Null when there is none.
 */
export function findWorksheet(noteText: string, profileName: string): TextRange | null {
	const wanted = normalise(profileName);
	if (wanted === "") return null;
	const note = readNote(noteText);
	const heading = note.headings.find((each) => !each.quoted && normalise(each.text) === wanted);
	if (heading === undefined) return null;
	const from = note.lineStart[heading.line];
	return { from, to: from + note.lines[heading.line].length };
}

function normalise(name: string): string {
	return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
