/** Which heading of a note opens a profile's section: the one the worksheet writes, and where questions are inserted. */
import type { Heading } from "../note";
import { questionKey } from "../sidebar/question-key";
import { repairMojibake } from "../text/mojibake";
import { lazyPattern } from "../lazy";

const LEADING_NON_WORD = lazyPattern("^[^\\p{L}\\p{N}]+");

/**
 * The first heading whose text names one of `profiles`, compared as questions are (case, markup, punctuation and
 * mojibake aside), leading emoji or symbols ignored: `## 🧭 Sales strategy` opens the section of "Sales strategy". Null when none does.
 */
export function profileHeading(headings: readonly Heading[], profiles: readonly string[]): Heading | null {
	return profileHeadings(headings, profiles)[0] ?? null;
}

/** Every heading that names one of `profiles` (see `profileHeading`), in order: a note may hold several worksheets. */
export function profileHeadings(headings: readonly Heading[], profiles: readonly string[]): Heading[] {
	const wanted = new Set(profiles.map(headingKey).filter((key) => key !== ""));
	if (wanted.size === 0) return [];
	return headings.filter((heading) => wanted.has(headingKey(heading.text)));
}

/** The comparable form of a heading's text or a profile's name. */
function headingKey(text: string): string {
	return questionKey(repairMojibake(text).replace(LEADING_NON_WORD(), ""));
}
