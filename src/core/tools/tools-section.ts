/** Finds a note's Tools sections and reads the summary a profile writes under each of its tool links. */
import { readNote, type NoteModel } from "../note";
import { emptyProfile } from "../profile/profile";
import { readKnownSection } from "../profile/read-sections";
import { SectionBody } from "../profile/profile-sections";
import { recogniseHeading } from "../profile/section-names";
import { repairMojibake } from "../text/mojibake";
import { linkTarget } from "../text/wiki-links";
import { basename } from "../host/note-meta";
import { foldToolName } from "./tool-names";

/** A Tools section (`## Tools`, the worksheet's `### Tools`, Logseq's `- ## Tools`): its heading line and the line after its body, by 0-based index. */
export interface ToolsSection {
	heading: number;
	/** The first line after the section (the next heading of its level or higher, or the line count). */
	end: number;
	/** True for a Logseq outline, where the section's lines sit one bullet level below the heading. */
	bulleted: boolean;
}

/** Folded tool name → the summary the note itself writes under that tool's link. */
export type ToolAnnotations = ReadonlyMap<string, string>;

/** No annotations: a note without a Tools section. */
export const NO_ANNOTATIONS: ToolAnnotations = new Map();

/** The note's Tools sections at any heading level, in order (a note may repeat one); headings inside code do not count. Linear. */
export function findToolsSections(lines: readonly string[]): ToolsSection[] {
	return toolsSections(readNote(lines.join("\n")));
}

/** The Tools sections of a note model. See also `findToolsSections`, for a host that holds only lines. */
export function toolsSections(note: NoteModel): ToolsSection[] {
	return note.headings
		.filter((heading) => recogniseHeading(heading.text)?.kind === "tools")
		.map((heading) => ({ heading: heading.line, end: heading.end, bulleted: heading.bullet }));
}

/**
 * What the note writes under each tool link of its Tools sections (the text after the link on its line, and the lines
 * nested under it), read as the profile parser reads them. The first mention of a tool wins.
 */
export function readToolAnnotations(lines: readonly string[], sections = findToolsSections(lines)): ToolAnnotations {
	if (sections.length === 0) return NO_ANNOTATIONS;
	const profile = emptyProfile();
	for (const section of sections) {
		readKnownSection("tools", new SectionBody(lines, section.heading + 1, section.end, section.bulleted), profile, () => undefined);
	}
	const annotations = new Map<string, string>();
	for (const tool of profile.tools) {
		const key = foldToolName(basename(linkTarget(tool.name)));
		const summary = repairMojibake(tool.summary.trim());
		if (key !== "" && summary !== "" && !annotations.has(key)) annotations.set(key, summary);
	}
	return annotations;
}

/** True when two annotation maps say the same. */
export function sameAnnotations(a: ToolAnnotations, b: ToolAnnotations): boolean {
	if (a === b) return true;
	if (a.size !== b.size) return false;
	for (const [key, value] of a) if (b.get(key) !== value) return false;
	return true;
}
