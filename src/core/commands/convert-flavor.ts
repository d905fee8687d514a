/**
 * The convert-profile-flavor command as a pure function: a profile page in one format in, the same page in the other
 * out, as a rewrite of its lines that keeps every byte but the formatting the two formats spell differently (see
 * `headingsFromOutline`, `propertyAsYaml`). It converts only when converting back gives the page again byte for byte.
 */
import { words } from "../wording/wording";
import { metaProblem, readNote, type NoteModel } from "../note";
import { isPageSection, profileSections } from "../profile/profile-sections";
import { clip } from "../profile/read-sections";
import type { Flavor } from "../profile/render";
import { recogniseHeading } from "../profile/section-names";
import { err, ok, type Result } from "../result";
import { lineEndOf } from "../text/line-spans";
import { minimalChange, type TextChange } from "../text/text-change";
import { headingsFromOutline, outlineFromHeadings, type OutlineIndent } from "./outline-headings";
import { propertyAsYaml, yamlAsProperty } from "./page-properties";

/** A finished conversion: the change to apply and what to tell the user. */
export interface FlavorConversion {
	change: TextChange;
	from: Flavor;
	to: Flavor;
	message: string;
}

const NAMES: Readonly<Record<Flavor, string>> = { obsidian: "Obsidian headings", logseq: "a Logseq outline" };

/**
 * The front matter key that keeps on the Obsidian page how the outline was indented, when not as Logseq writes it
 * (children by tabs, text under a heading by two spaces): "spaces" for two spaces throughout, "tabs only".
 */
const INDENT_KEY = "logseq-indent: ";
const LOGSEQ_INDENT: OutlineIndent = { child: "\t", text: "  " };
const INDENTS: ReadonlyMap<string, OutlineIndent> = new Map([
	["spaces", { child: "  ", text: "  " }],
	["tabs only", { child: "\t", text: "\t" }],
]);

/** The flavour a profile page is written in: Logseq for page properties or `- ## ` sections (see `isPageSection`), Obsidian otherwise. */
export function pageFlavor(text: string): Flavor {
	return noteFlavor(readNote(text));
}

function noteFlavor(note: NoteModel): Flavor {
	const { kind } = note.meta;
	if (kind !== "none") return kind === "properties" ? "logseq" : "obsidian";
	return note.headings.find(isPageSection)?.bullet === true ? "logseq" : "obsidian";
}

/**
 * Rewrites a profile page in the other format: Logseq page properties become front matter and back, section bullets
 * become headings and back. Refuses, changing nothing and naming the line, when the page is no profile page or
 * would not come back byte for byte.
 */
export function convertProfileFlavor(text: string): Result<FlavorConversion, string> {
	const note = readNote(text);
	if (!isProfilePage(note)) return err(words("convert-no-profile"));
	const from = noteFlavor(note);
	const to: Flavor = from === "logseq" ? "obsidian" : "logseq";
	const rewrite = (page: NoteModel, flavor: Flavor) => (flavor === "logseq" ? toLogseq(page) : toObsidian(page));
	const there = rewrite(note, to);
	if (!there.ok) return err(`${there.error}, so nothing was changed.`);
	const thereText = page(note, there.value);
	const converted = readNote(thereText);
	// A page whose sections would all become children of its first bullet comes back byte for byte, but is no profile
	// page in its new format, so the command could not convert it back.
	if (!isProfilePage(converted)) return err(`Converted to ${NAMES[to]}, this page would no longer read as a profile page, so nothing was changed.`);
	const back = rewrite(converted, from);
	if (!back.ok || !givesBack(converted, back.value, note)) {
		const after = back.ok ? readNote(page(converted, back.value)).lines : [];
		let line = 0;
		while (line < after.length && note.lines[line] === after[line]) line++;
		const detail = !back.ok ? "" : line < after.length ? ` (line ${line + 1}, "${clip(note.lines[line] ?? "")}", would come back as "${clip(after[line])}")` : " (its line ends would change)";
		return err(`Converting this page to ${NAMES[to]} and back would not give it back exactly${detail}, so nothing was changed.`);
	}
	const change = minimalChange(text, thereText) ?? { from: 0, to: 0, insert: "" };
	return ok({ change, from, to, message: `Converted this profile page to ${NAMES[to]}.` });
}

/** Whether the note has a section the profile reader recognises, which is what makes it a profile page to convert. */
function isProfilePage(note: NoteModel): boolean {
	return profileSections(note).sections.some((section) => recogniseHeading(section.heading) !== null);
}

/** The lines of the page as Obsidian headings: its page properties as front matter (with INDENT_KEY when needed), its sections as headings. */
function toObsidian(note: NoteModel): Result<string[], string> {
	const { meta, lines } = note;
	const body = headingsFromOutline(note, meta.bodyStart);
	const child = body.indent.child || LOGSEQ_INDENT.child;
	const text = body.indent.text || LOGSEQ_INDENT.text;
	const yaml = lines.slice(meta.from, meta.to).map(propertyAsYaml);
	for (const [name, indent] of INDENTS) if (indent.child === child && indent.text === text) yaml.push(INDENT_KEY + name);
	return ok(yaml.length === 0 ? body.lines : ["---", ...yaml, "---", ...body.lines]);
}

/** The lines of the page as a Logseq outline: front matter as page properties (INDENT_KEY read and dropped), headings as section bullets. */
function toLogseq(note: NoteModel): Result<string[], string> {
	const { meta, lines } = note;
	if (meta.problem !== null) return err((metaProblem(meta) ?? "").replace(/\.$/, ""));
	const yaml = meta.kind === "yaml";
	const properties: string[] = [];
	let indent: OutlineIndent | undefined;
	for (let i = meta.from; yaml && i < meta.to; i++) {
		const known = indent === undefined && lines[i].startsWith(INDENT_KEY) ? INDENTS.get(lines[i].slice(INDENT_KEY.length)) : undefined;
		if (known !== undefined) {
			indent = known;
			continue;
		}
		const property = yamlAsProperty(note, i);
		if (!property.ok) return property;
		properties.push(property.value);
	}
	const from = yaml ? meta.close + 1 : meta.bodyStart;
	const body = outlineFromHeadings(note, from, indent ?? LOGSEQ_INDENT);
	return ok([...(yaml ? properties : lines.slice(0, from)), ...body]);
}

/** The page's new lines joined with its line end, after the byte-order mark it began with, if any. */
function page(note: NoteModel, lines: readonly string[]): string {
	return note.text.slice(0, note.lineStart[0]) + lines.join(lineEndOf(note.text));
}

/**
 * Whether `page(from, lines)` is `original`'s text byte for byte. Compared line by line first, since the lines read
 * back are slices of the converted text and comparing them copies nothing, where joining them would copy the whole
 * page once more (a 1 MB page's copy costs as much as the rest of the conversion); joined only when a line differs.
 */
function givesBack(from: NoteModel, lines: readonly string[], original: NoteModel): boolean {
	const { text, lineStart } = original;
	const lineEnd = lineEndOf(from.text).length;
	let same = lines.length === lineStart.length && from.lineStart[0] === lineStart[0] && text.startsWith(from.text.slice(0, from.lineStart[0]));
	for (let i = 0; same && i < lines.length; i++) {
		// Each line the same, each followed by the one line end `page` joins with, and the last by the text's end.
		const end = lineStart[i] + lines[i].length;
		same = lines[i] === original.lines[i] && (i + 1 < lines.length ? lineStart[i + 1] - end === lineEnd : end === text.length);
	}
	return same || page(from, lines) === text;
}
