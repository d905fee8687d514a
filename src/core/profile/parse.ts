/** Reads a profile page, in Logseq's outline flavour or Obsidian's heading flavour, into a Profile. */
import { metaProblem, metaString, type PageMeta } from "../note";
import { joinTrimmed } from "../text/lines";
import { readPageLines } from "./page-lines";
import { emptyProfile, type Profile } from "./profile";
import { profileSections } from "./profile-sections";
import { addItemClasses, readKnownSection } from "./read-sections";
import { recogniseHeading, SECTION_ORDER, type SectionKind } from "./section-names";
import { errorMessage } from "../result";

/**
 * Reads any text into a Profile. Never throws: what it cannot read is said in `warnings`, and sections
 * it does not know are kept in `sections`. See also `renderProfile`, its inverse.
 */
export function parseProfile(text: string): Profile {
	const profile = emptyProfile();
	try {
		readProfile(typeof text === "string" ? text : "", profile);
	} catch (error) {
		profile.warnings.push(`This page could not be read completely: ${errorMessage(error)}`);
	}
	return profile;
}

function readProfile(input: string, profile: Profile): void {
	const warn = (message: string) => profile.warnings.push(message);
	const { note, lines, hadNul } = readPageLines(input);
	if (hadNul) warn("The page holds NUL bytes (binary data); they were skipped.");
	if (lines.every((line) => line.trim() === "")) {
		warn("The page is empty.");
		return;
	}
	const problem = metaProblem(note.meta);
	if (problem !== null) warn(problem);
	const outline = profileSections(note, lines);
	readIdentity(outline.title, note.meta.values, profile, warn);
	addItemClasses(profile, metaLinks(metaString(note.meta.values, "item-classes")));

	const preamble = joinTrimmed(outline.preamble);
	if (preamble !== "") profile.sections.push({ heading: "", body: preamble });

	const seen = new Set<SectionKind>();
	for (const section of outline.sections) {
		const recognised = recogniseHeading(section.heading);
		if (recognised === null) {
			profile.sections.push({ heading: section.heading, body: joinTrimmed(section.body) });
			continue;
		}
		if (seen.has(recognised.kind)) warn(`The section "${section.heading}" (line ${section.line + 1}) appears twice; both were read.`);
		seen.add(recognised.kind);
		if (recognised.contentClass !== undefined) profile.contentClass = recognised.contentClass;
		readKnownSection(recognised.kind, section.body, profile, warn, section.headingLines);
	}
	for (const { kind, title } of SECTION_ORDER) {
		if (!seen.has(kind)) warn(`No "${title}" section was found.`);
	}
}

/** The names a property value links or tags: `#[[offer]] #service [[b]]` → offer, service, b. */
function metaLinks(value: string): string[] {
	if (value === "") return [];
	return [...value.matchAll(/#?\[\[([^\]]+)\]\]|#([^\s#[\],]+)/g)].map((match) => (match[1] ?? match[2]).trim()).filter((name) => name !== "");
}

/** Takes the namespace and name from the title (`#profile Name - Sales strategy`), the front matter or Logseq's `title::`. */
function readIdentity(title: string | null, meta: PageMeta, profile: Profile, warn: (message: string) => void): void {
	const type = metaString(meta, "type") || metaString(meta, "namespace");
	const logseqTitle = metaString(meta, "title");
	const slash = logseqTitle.indexOf("/");
	let namespace = type;
	let name = metaString(meta, "name");
	if (title !== null) {
		const tagged = /^#([^\s#]+)\s+(.*)$/.exec(title);
		if (tagged) {
			namespace = tagged[1];
			name = tagged[2].replace(/^Name\s*[-–—:]\s*/i, "").trim();
		} else {
			name = title;
		}
	}
	if (name === "" && slash > 0) {
		namespace = namespace || logseqTitle.slice(0, slash);
		name = logseqTitle.slice(slash + 1).trim();
	} else if (name === "" && logseqTitle !== "") {
		name = logseqTitle;
	}
	profile.namespace = namespace || "profile";
	profile.name = name;
	if (name === "") warn("No profile name was found: give the page a title such as \"# Sales strategy\".");
}
