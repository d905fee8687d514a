/** The convert-profile-flavor command as a pure function: a profile page in one flavour in, the same page in the other out. */
import { readNote } from "../note";
import { profileSections } from "../profile/profile-sections";
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
import { renderProfile, type Flavor } from "../profile/render";
import { recogniseHeading } from "../profile/section-names";
import { err, ok, type Result } from "../result";
import type { TemplateEngine } from "../templates/template-engine";
import { repairMojibakeCounted } from "../text/mojibake";
import { minimalChange, type TextChange } from "../text/text-change";
import { firstLostLine } from "./lost-words";

/** A finished conversion: the change to apply and what to tell the user. */
export interface FlavorConversion {
	change: TextChange;
	from: Flavor;
	to: Flavor;
	message: string;
}

const NAMES: Readonly<Record<Flavor, string>> = { obsidian: "Obsidian headings", logseq: "a Logseq outline" };

/** The flavour a profile page is written in: Logseq when its sections are `- ## ` bullets, Obsidian otherwise. */
export function pageFlavor(text: string): Flavor {
	return /^- #{1,2} /m.test(text) ? "logseq" : "obsidian";
}

/**
 * Rewrites a profile page in the other flavour with the bundled templates. Refuses, changing nothing, when the page
 * is no profile page, holds NUL bytes, would lose or gain any word, or would not come back byte for byte when converted
 * back (mojibake repair aside, which the message reports).
 */
export function convertProfileFlavor(text: string, engine: TemplateEngine): Result<FlavorConversion, string> {
	if (!hasProfileSections(text)) return err("This note is not a profile page: none of the profile sections (Definition, Keys, Examples…) was found.");
	if (text.includes("\0")) return err("This page holds NUL bytes (binary data), which converting would drop, so nothing was changed. Remove them, then convert again.");
	const from = pageFlavor(text);
	const to: Flavor = from === "logseq" ? "obsidian" : "logseq";
	const repair = repairMojibakeCounted(text);
	const there = rewrite(repair.text, to, engine);
	if (!there.ok) return there;
	const back = rewrite(there.value, from, engine);
	if (!back.ok || back.value !== repair.text) {
		const where = back.ok ? firstDifference(repair.text, back.value) : null;
		const detail = where === null ? "" : ` (line ${where.line}, "${clip(where.before)}", would come back as "${clip(where.after)}")`;
		return err(`Converting this page to ${NAMES[to]} and back would not give it back exactly${detail}, so nothing was changed.`);
	}
	const change = minimalChange(text, there.value) ?? { from: 0, to: 0, insert: "" };
	const runs = repair.runs;
	const repaired = runs > 0 ? ` ${runs} garbled ${runs === 1 ? "run of text was" : "runs of text were"} repaired on the way.` : "";
	return ok({ change, from, to, message: `Converted this profile page to ${NAMES[to]}.${repaired}` });
}

/** The page written in `to`, or why not: a template fault, a word lost, or a profile that reads differently. */
function rewrite(text: string, to: Flavor, engine: TemplateEngine): Result<string, string> {
	const profile = parseProfile(text);
	const rendered = renderProfile(profile, { flavor: to, engine });
	if (!rendered.ok) return err(`The page could not be written as ${NAMES[to]}: ${rendered.error.message}`);
	const output = text.includes("\r\n") ? rendered.value.replace(/\n/g, "\r\n") : rendered.value;
	const lost = firstLostLine(text, output, profile.namespace);
	if (lost !== null) {
		return err(`Converting would drop "${clip(lost)}", which the profile reader does not understand. Nothing was changed: move that text into a section or remove it, then convert again.`);
	}
	if (!sameProfile(parseProfile(output), profile)) return err(`The page would not read the same as ${NAMES[to]}, so it was left as it was.`);
	return ok(output);
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

function hasProfileSections(text: string): boolean {
	return profileSections(readNote(text)).sections.some((section) => recogniseHeading(section.heading) !== null);
}

function sameProfile(a: Profile, b: Profile): boolean {
	const strip = (profile: Profile) => JSON.stringify({ ...profile, warnings: [] });
	return strip(a) === strip(b);
}

function clip(text: string): string {
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
