/** Finds a profile's worksheet already in a note, so that a second insertion can offer to go there instead. */
import { readNote } from "../note";
import { profileHeading } from "../profile/profile-heading";
import type { TextRange } from "../text/text-change";

/**
 * The heading line of the first worksheet for `profileName` in the note: the heading that opens the profile's section
 * (see `profileHeading`), of any level or a Logseq `- ##` bullet, outside metadata, code and quotes. Null when there is none.
 */
export function findWorksheet(noteText: string, profileName: string): TextRange | null {
	const note = readNote(noteText);
	const heading = profileHeading(
		note.headings.filter((each) => !each.quoted),
		[profileName],
	);
	if (heading === null) return null;
	const from = note.lineStart[heading.line];
	return { from, to: from + note.lines[heading.line].length };
}
