/** The eight sections of a profile page, and how their headings are recognised and written. */

/** A section the parser knows how to read into a Profile field. */
export type SectionKind =
	| "definition"
	| "contentType"
	| "keys"
	| "copilot"
	| "description"
	| "examples"
	| "topics"
	| "tools";

/** The sections in page order, with the emoji and title the renderers write. */
export const SECTION_ORDER: readonly { kind: SectionKind; emoji: string; title: string }[] = [
	{ kind: "definition", emoji: "🔍", title: "Definition" },
	{ kind: "contentType", emoji: "📰", title: "Content type" },
	{ kind: "keys", emoji: "🔑", title: "Keys" },
	{ kind: "copilot", emoji: "🤖", title: "innCoPilot" },
	{ kind: "description", emoji: "📖", title: "Description" },
	{ kind: "examples", emoji: "👉", title: "Examples" },
	{ kind: "topics", emoji: "🗄️", title: "Topics" },
	{ kind: "tools", emoji: "🧰", title: "Tools" },
];

/** Each section's name as a heading writes it, lower-cased: its title, and the other spellings pages use. */
const NAMES: ReadonlyMap<string, SectionKind> = new Map([
	...SECTION_ORDER.map(({ kind, title }): [string, SectionKind] => [title.toLowerCase(), kind]),
	["content-type", "contentType"],
	["key", "keys"],
	["copilot", "copilot"],
	["example", "examples"],
]);

/** The length of the longest name in NAMES (lower-casing never shortens a text). */
const LONGEST_NAME = Math.max(...[...NAMES.keys()].map((key) => key.length));

/** A recognised heading: which section, and the class written in parentheses after it, if any. */
export interface RecognisedHeading {
	kind: SectionKind;
	contentClass?: string;
}

/**
 * Recognises a section heading's text with or without its emoji, mojibake left over, or a class
 * in parentheses (`Content type (goal)`); null for any other heading.
 */
export function recogniseHeading(text: string): RecognisedHeading | null {
	let start = 0;
	while (start < text.length && !isAsciiAlphanumeric(text.charCodeAt(start))) start++;
	let name = text.slice(start).trim();
	let contentClass: string | undefined;
	if (name.endsWith(")")) {
		const open = name.lastIndexOf("(");
		if (open > 0) {
			contentClass = name.slice(open + 1, -1).trim();
			name = name.slice(0, open).trim();
		}
	}
	const kind = plainName(name) ?? foldedName(name);
	if (kind === undefined) return null;
	return contentClass === undefined ? { kind } : { kind, contentClass };
}

/** The names as a list, to compare a heading with each in place. */
const NAME_LIST: readonly (readonly [string, SectionKind])[] = [...NAMES];

/**
 * The section a heading's name spells, ASCII case aside, compared in place: its lower-case copy is slow to build
 * and to hash when the heading's line holds an emoji (a two-byte string). Undefined when none does so.
 */
function plainName(name: string): SectionKind | undefined {
	for (const [key, kind] of NAME_LIST) if (key.length === name.length && sameAsciiLowerCase(name, key)) return kind;
	return undefined;
}

/** Whether `text` is `lower` once its ASCII capitals are lower-cased. */
function sameAsciiLowerCase(text: string, lower: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
	}
	return true;
}

/** The section a name spells in any case, runs of white space read as one space. */
function foldedName(name: string): SectionKind | undefined {
	// White space folded before lower-casing: a long heading is no name, and is not copied whole to find that out.
	const folded = name.replace(/\s+/g, " ");
	return folded.length > LONGEST_NAME ? undefined : NAMES.get(folded.toLowerCase());
}

function isAsciiAlphanumeric(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
