/** A profile page cut into its sections from the note scan, and what the sidebar reads of it without parsing it all. */
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
import { isPageSection } from "../profile/profile-sections";
import { recogniseHeading, type SectionKind } from "../profile/section-names";
import { holdsAnswer, type TextPosition } from "./answers";
import { lineText, sectionsAt } from "../note";
import { textStart } from "../text/lines";
import type { NoteScan } from "./question-marks";
import { questionKey } from "./question-key";

/** A top-level section of a page: its kind (null when unknown), heading line, and the line after its last. */
export interface PageSection {
	kind: SectionKind | null;
	line: number;
	end: number;
}

/** The sections the sidebar shows something of; the others are only checked for being empty. */
const SHOWN: ReadonlySet<SectionKind> = new Set<SectionKind>(["definition", "contentType", "keys", "copilot"]);

/** The page's sections as the profile parser cuts them (see `profileSections`), each with its kind. */
export function pageSections(scan: NoteScan): PageSection[] {
	return sectionsAt(scan.headings, scan.lineStart.length, isPageSection).map(({ heading, end }) => ({
		kind: recogniseHeading(heading.text)?.kind ?? null,
		line: heading.line,
		end,
	}));
}

/**
 * Reads a profile page's name, definition, content type, keys and copilot questions by parsing only its metadata,
 * title and those sections, so a long description or many examples cost nothing while the user types.
 * See also `parseProfile`, which reads everything (as the prompt needs).
 */
export function readPageProfile(scan: NoteScan, sections: readonly PageSection[] = pageSections(scan)): Profile {
	const { text, lineStart } = scan;
	const count = lineStart.length;
	/** Lines [from, to) as written, their line ends kept but the last's. */
	const slice = (from: number, to: number) => text.slice(lineStart[from], to < count ? lineStart[to] - 1 : text.length);
	const head = sections.length > 0 ? sections[0].line : count;
	const kept = head > 0 ? [slice(0, head)] : [];
	for (const section of sections) {
		if (section.kind !== null && SHOWN.has(section.kind) && section.end > section.line) kept.push(slice(section.line, section.end));
	}
	return parseProfile(kept.join("\n"));
}

/** True when no line of the section's body holds text (blank lines, bare bullets and placeholders do not count). */
export function isEmptySection(scan: NoteScan, section: PageSection): boolean {
	for (let i = section.line + 1; i < section.end; i++) if (holdsAnswer(lineText(scan, i))) return false;
	return true;
}

/**
 * Where a profile page writes `question` (as the sidebar lists it), or else the link to the key page it comes from;
 * null when the page has neither. For "jump to it" on a profile page, whose questions are not answered there.
 */
export function questionOnPage(scan: NoteScan, question: string, key: string | null): TextPosition | null {
	const { lines } = scan;
	const wanted = question.toLowerCase();
	const wantedKey = questionKey(question);
	for (let i = scan.meta.bodyStart; i < lines.length; i++) {
		const at = lines[i].toLowerCase().indexOf(wanted);
		if (at !== -1) return { line: i, ch: at };
		if (lines[i].length >= wantedKey.length && questionKey(lines[i]) === wantedKey) return { line: i, ch: textStart(lines[i]) };
	}
	const link = key === null ? "" : `[[${key.toLowerCase()}`;
	for (let i = scan.meta.bodyStart; link !== "" && i < lines.length; i++) {
		const at = lines[i].toLowerCase().indexOf(link);
		if (at !== -1) return { line: i, ch: at };
	}
	return null;
}
