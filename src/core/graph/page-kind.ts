/** What a page of an innBoK-shaped graph is: a profile, a key, an example, a class, a topic, or something else. */
import { metaString, readNote, type PageMeta } from "../note";
import { isPageSection } from "../profile/profile-sections";
import { recogniseHeading, type SectionKind } from "../profile/section-names";
import { linkedPageName } from "./page-names";

/** The kinds of graph page the plugin tells apart. */
export type GraphPageKind = "profile" | "key" | "example" | "class" | "topic" | "other";

/** A page's properties and first sections are at its top: only this many characters are read to judge it. */
const HEAD = 8192;

/** The sections that make a page with innBoK properties a profile (two of them at least). */
const PROFILE_SECTIONS: ReadonlySet<SectionKind> = new Set(["definition", "contentType", "examples", "keys"]);

/**
 * Judges a page from its name, its page properties and the section headings of its first 8 KB (as the note model reads them). A page under an `examples`
 * namespace, one with `page-type::` other than profile, or one rated as a key is never a profile; a profile has
 * `metamodel-id::` or `innbok-type::` and at least two of Definition, Content type, Examples and Keys.
 */
export function graphPageKind(pageName: string, text: string): GraphPageKind {
	const note = readNote(text.length > HEAD ? text.slice(0, HEAD) : text);
	const meta = note.meta.values;
	const declared = declaredKind(meta);
	if (declared !== null) return declared;
	const segments = pageName.toLowerCase().split("/");
	if (segments.slice(0, -1).includes("examples")) return "example";
	if (!meta.has("metamodel-id") && !meta.has("innbok-type")) return "other";
	const kinds = new Set<SectionKind>();
	for (const heading of note.headings) {
		const recognised = isPageSection(heading) ? recogniseHeading(heading.text) : null;
		if (recognised && PROFILE_SECTIONS.has(recognised.kind)) kinds.add(recognised.kind);
	}
	return kinds.size >= 2 ? "profile" : "other";
}

const KINDS: ReadonlySet<string> = new Set(["key", "class", "topic", "example"]);

/** The kind `page-type::` or `innbok-type::` states; null when they leave the question open (or say profile). */
function declaredKind(meta: PageMeta): GraphPageKind | null {
	if (meta.has("innbok-key-rating")) return "key";
	const pageType = linkedPageName(metaString(meta, "page-type")).toLowerCase();
	if (pageType !== "" && pageType !== "profile") return KINDS.has(pageType) ? (pageType as GraphPageKind) : "other";
	const innbokType = linkedPageName(metaString(meta, "innbok-type")).toLowerCase();
	return KINDS.has(innbokType) ? (innbokType as GraphPageKind) : null;
}
