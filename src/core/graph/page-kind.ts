/** What a page of an innBoK-shaped graph is: a profile, a key, an example, a class, a topic, or something else. */
import { metaString, readMetaBlock, type PageMeta } from "../text/front-matter";
import { recogniseHeading, type SectionKind } from "../profile/section-names";
import { linkedPageName } from "./page-names";

/** The kinds of graph page the plugin tells apart. */
export type GraphPageKind = "profile" | "key" | "example" | "class" | "topic" | "other";

/** Page properties sit at the top: only this many characters are split into lines to read them. */
const HEAD = 4096;

/** The sections that make a page with innBoK properties a profile (two of them at least). */
const PROFILE_SECTIONS: ReadonlySet<SectionKind> = new Set(["definition", "contentType", "examples", "keys"]);

/**
 * Judges a page from its name, its page properties and its top-level section headings. A page under an `examples`
 * namespace, one with `page-type::` other than profile, or one rated as a key is never a profile; a profile has
 * `metamodel-id::` or `innbok-type::` and at least two of Definition, Content type, Examples and Keys.
 */
export function graphPageKind(pageName: string, text: string): GraphPageKind {
	const head = text.length > HEAD ? text.slice(0, HEAD) : text;
	const { meta } = readMetaBlock(head.split(/\r?\n/));
	const declared = declaredKind(meta);
	if (declared !== null) return declared;
	const segments = pageName.toLowerCase().split("/");
	if (segments.slice(0, -1).includes("examples")) return "example";
	if (!meta.has("metamodel-id") && !meta.has("innbok-type")) return "other";
	return profileSections(text) >= 2 ? "profile" : "other";
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

/** How many distinct profile sections the page's top-level `- ## ` lines name. */
function profileSections(text: string): number {
	const kinds = new Set<SectionKind>();
	for (let at = text.indexOf("- ##"); at !== -1; at = text.indexOf("- ##", at + 4)) {
		if ((at > 0 && text.charCodeAt(at - 1) !== 10) || !text.startsWith("- ## ", at)) continue;
		const end = text.indexOf("\n", at);
		const heading = text.slice(at + 2, end === -1 ? text.length : end).replace(/^#+\s*/, "");
		const recognised = recogniseHeading(heading.trim());
		if (recognised && PROFILE_SECTIONS.has(recognised.kind)) kinds.add(recognised.kind);
	}
	return kinds.size;
}
