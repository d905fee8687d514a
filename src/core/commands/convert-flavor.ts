/**
 * The convert-profile-flavor command as a pure function: a profile page in one format in, the same page in the other
 * out, as a rewrite of its lines that keeps every byte but the formatting the two formats spell differently (see
 * `headingsFromOutline`, `propertyAsYaml`). It converts only when converting back gives the page again byte for byte.
 */
import { metaProblem, readNote, type NoteModel } from "../note";
import { profileSections } from "../profile/profile-sections";
import type { Flavor } from "../profile/render";
import { recogniseHeading } from "../profile/section-names";
import { err, ok, type Result } from "../result";
import { lineEndOf } from "../text/line-spans";
import { minimalChange, type TextChange } from "../text/text-change";
import { childIndentOf, headingsFromOutline, outlineFromHeadings, type OutlineIndent } from "./outline-headings";
import { joinPage, pageLines, type PageLine } from "./page-lines";
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
 * The front matter key that keeps an outline's indentation on the Obsidian page, written only when converting back
 * could not tell it from the page: "tabs" (children by tabs, text by two spaces, as Logseq writes), "spaces", "tabs only".
 */
const INDENT_KEY = "logseq-indent";
const INDENTS: ReadonlyMap<string, OutlineIndent> = new Map([
	["tabs", { child: "\t", text: "  " }],
	["spaces", { child: "  ", text: "  " }],
	["tabs only", { child: "\t", text: "\t" }],
]);

/** The flavour a profile page is written in: Logseq for page properties or a top-level `- ## ` section first, Obsidian otherwise. */
export function pageFlavor(text: string): Flavor {
	return noteFlavor(readNote(text));
}

function noteFlavor(note: NoteModel): Flavor {
	if (note.meta.kind === "properties") return "logseq";
	if (note.meta.kind !== "none") return "obsidian";
	for (let i = note.meta.bodyStart; i < note.lines.length; i++) {
		if (note.codeLines[i] === 1) continue;
		if (/^- #{1,6}(?: |$)/.test(note.lines[i])) return "logseq";
		if (/^#{2,6}(?: |$)/.test(note.lines[i])) return "obsidian";
	}
	return "obsidian";
}

/**
 * Rewrites a profile page in the other format: Logseq page properties become front matter and back, section bullets
 * become headings and back. Refuses, changing nothing and naming the line, when the page is no profile page, holds NUL
 * bytes, or would not come back byte for byte.
 */
export function convertProfileFlavor(text: string): Result<FlavorConversion, string> {
	const note = readNote(text);
	if (!profileSections(note).sections.some((section) => recogniseHeading(section.heading) !== null)) {
		return err("This note is not a profile page: none of the profile sections (Definition, Keys, Examples…) was found.");
	}
	if (text.includes("\0")) return err("This page holds NUL bytes (binary data), so nothing was changed. Remove them, then convert again.");
	const from = noteFlavor(note);
	const to: Flavor = from === "logseq" ? "obsidian" : "logseq";
	const there = from === "logseq" ? toObsidian(note) : toLogseq(note);
	if (!there.ok) return err(`${there.error}, so nothing was changed.`);
	const back = from === "logseq" ? toLogseq(readNote(there.value)) : toObsidian(readNote(there.value));
	if (!back.ok || back.value !== text) {
		const where = back.ok ? firstDifference(text, back.value) : null;
		const detail = where === null ? "" : ` (line ${where.line}, "${clip(where.before)}", would come back as "${clip(where.after)}")`;
		return err(`Converting this page to ${NAMES[to]} and back would not give it back exactly${detail}, so nothing was changed.`);
	}
	const change = minimalChange(text, there.value) ?? { from: 0, to: 0, insert: "" };
	return ok({ change, from, to, message: `Converted this profile page to ${NAMES[to]}.` });
}

/** Logseq → Obsidian, with the indentation key only when the way back needs it to give the outline again. */
function toObsidian(note: NoteModel): Result<string, string> {
	let first: Result<string, string> | null = null;
	for (const indent of [null, ...INDENTS.keys()]) {
		const page = obsidianPage(note, indent);
		if (!page.ok) return page;
		const back = toLogseq(readNote(page.value));
		if (back.ok && back.value === note.text) return page;
		first ??= page;
	}
	return first ?? err("The page could not be written as Obsidian headings");
}

/** The page as Obsidian headings: its page properties as front matter (with `indent` under INDENT_KEY when given), its sections as headings. */
function obsidianPage(note: NoteModel, indent: string | null): Result<string, string> {
	const lines = pageLines(note);
	const { meta } = note;
	const body = headingsFromOutline(note, lines, meta.bodyStart);
	if (body.sections === 0) return err("This page has no top-level `- ## ` section to turn into a heading");
	const eol = lineEndOf(note.text);
	const yaml: PageLine[] = [];
	for (let i = meta.from; i < meta.to; i++) yaml.push({ text: propertyAsYaml(lines[i].text), eol: lines[i].eol });
	if (indent !== null) yaml.push({ text: `${INDENT_KEY}: ${indent}`, eol });
	if (yaml.length === 0) return ok(joinPage(note, body.lines));
	const close = meta.to > meta.from ? lines[meta.to - 1].eol : eol;
	if (meta.to > meta.from) yaml[meta.to - meta.from - 1].eol = eol;
	return ok(joinPage(note, [{ text: "---", eol }, ...yaml, { text: "---", eol: close }, ...body.lines]));
}

/** Obsidian → Logseq: front matter as page properties (INDENT_KEY read and dropped), headings as section bullets. */
function toLogseq(note: NoteModel): Result<string, string> {
	const { meta } = note;
	if (meta.kind === "unclosed" || meta.problem !== null) return err(metaProblem(meta)?.replace(/\.$/, "") ?? "The front matter cannot be read");
	const lines = pageLines(note);
	const properties: PageLine[] = [];
	let indent: OutlineIndent | null = null;
	for (let i = meta.from; meta.kind === "yaml" && i < meta.to; i++) {
		const known = INDENTS.get(lines[i].text.slice(INDENT_KEY.length + 2));
		if (lines[i].text.startsWith(`${INDENT_KEY}: `) && known !== undefined && indent === null) {
			indent = known;
			continue;
		}
		const property = yamlAsProperty(note, i);
		if (!property.ok) return property;
		properties.push({ text: property.value, eol: lines[i].eol });
	}
	const from = meta.kind === "yaml" ? meta.close + 1 : meta.bodyStart;
	if (meta.kind === "yaml" && properties.length > 0) properties[properties.length - 1].eol = lines[meta.close].eol;
	const head = meta.kind === "yaml" ? properties : lines.slice(0, from);
	const child = childIndentOf(note, from);
	const body = outlineFromHeadings(note, lines, from, indent ?? { child: child ?? "\t", text: "  " });
	if (body.sections === 0) return err("This page has no `## ` section heading to turn into a section bullet");
	return ok(joinPage(note, [...head, ...body.lines]));
}

/** The first line where `after` differs from `before`, as both have it (1-based). */
function firstDifference(before: string, after: string): { line: number; before: string; after: string } | null {
	const a = before.split(/\r?\n/);
	const b = after.split(/\r?\n/);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (a[i] !== b[i]) return { line: i + 1, before: a[i] ?? "", after: b[i] ?? "" };
	}
	return null;
}

function clip(text: string): string {
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
