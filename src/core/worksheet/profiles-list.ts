/** The `profiles` a note records: a front matter list or a Logseq `profiles::` property, read and extended in place. */
import { foldName } from "../catalog/profile-catalog";
import { err, ok, type Result } from "../result";
import { lineEndOf, type LineSpan } from "../text/line-spans";
import { metaRegion, type MetaRegion } from "../text/meta-region";
import type { TextChange } from "../text/text-change";

const YAML_KEY = /^profiles[ \t]*:(.*)$/i;
const YAML_ITEM = /^([ \t]*)-(?:[ \t]+(.*))?$/;
const PLAIN_YAML = /^[\p{L}\p{N}][\p{L}\p{N} _'’.-]*$/u;
/** Plain scalars YAML reads as booleans, null or numbers. */
const NOT_A_STRING = /^(true|false|yes|no|on|off|null|[-+]?(\d[\d_]*)?\.?\d+(e[-+]?\d+)?)$/i;

/** How recording a profile changes a note, and where its body starts. */
export interface ProfileRecord {
	/** The edit to the metadata, or null when the note already names the profile. */
	change: TextChange | null;
	/** Offset of the first body line, before `change` is applied. */
	bodyStart: number;
}

/** The profile names a note records, in the order written, from front matter or Logseq page properties. */
export function recordedProfiles(text: string): string[] {
	const region = metaRegion(text);
	if (region.kind === "yaml") {
		const entry = findYamlEntry(region);
		return entry ? entry.items.map((item) => cleanName(item)).filter((name) => name !== "") : [];
	}
	if (region.kind === "properties") {
		const line = region.lines.find((span) => /^profiles::/i.test(span.text));
		return line ? splitPropertyValue(line.text.slice(line.text.indexOf("::") + 2)) : [];
	}
	return [];
}

/**
 * Adds `name` to the note's recorded profiles: the YAML `profiles:` list (created with the front matter if needed),
 * or the Logseq `profiles::` property when the note keeps Logseq page properties. Fails only on unclosed front matter.
 */
export function recordProfile(text: string, name: string): Result<ProfileRecord, string> {
	const region = metaRegion(text);
	const eol = lineEndOf(text);
	const wanted = foldName(name);
	if (region.kind === "unclosed") {
		return err("The note's front matter (the --- block at its top) is never closed, so the profile could not be recorded in it. Close it with a --- line, then try again.");
	}
	if (recordedProfiles(text).some((existing) => foldName(existing) === wanted)) return ok({ change: null, bodyStart: region.bodyStart });
	if (region.kind === "none") {
		const insert = `---${eol}profiles:${eol}  - ${yamlScalar(name)}${eol}---${eol}`;
		return ok({ change: { from: 0, to: 0, insert }, bodyStart: 0 });
	}
	if (region.kind === "properties") return ok({ change: addProperty(region, name, eol), bodyStart: region.bodyStart });
	return ok({ change: addYamlItem(region, name, eol), bodyStart: region.bodyStart });
}

interface YamlEntry {
	key: LineSpan;
	/** The value written after `profiles:` on the key line, trimmed. */
	inline: string;
	/** The list's items as written (block or flow), or the scalar. */
	items: string[];
	/** The block list's item lines. */
	itemLines: LineSpan[];
}

function findYamlEntry(region: MetaRegion): YamlEntry | null {
	const at = region.lines.findIndex((span) => YAML_KEY.test(span.text));
	if (at === -1) return null;
	const key = region.lines[at];
	const written = (YAML_KEY.exec(key.text)?.[1] ?? "").trim();
	const inline = written === "null" || written === "~" ? "" : written;
	const itemLines: LineSpan[] = [];
	for (let k = at + 1; k < region.lines.length; k++) {
		const item = YAML_ITEM.exec(region.lines[k].text);
		if (!item) break;
		itemLines.push(region.lines[k]);
	}
	if (inline.startsWith("[")) return { key, inline, items: splitFlow(inline), itemLines: [] };
	if (inline !== "" && !inline.startsWith("#")) return { key, inline, items: [inline], itemLines: [] };
	return { key, inline, items: itemLines.map((span) => YAML_ITEM.exec(span.text)?.[2] ?? ""), itemLines };
}

function addYamlItem(region: MetaRegion, name: string, eol: string): TextChange {
	const entry = findYamlEntry(region);
	const scalar = yamlScalar(name);
	if (entry === null) {
		const at = region.close ? region.close.from : region.bodyStart;
		return { from: at, to: at, insert: `profiles:${eol}  - ${scalar}${eol}` };
	}
	if (entry.inline.startsWith("[")) {
		const close = entry.key.text.lastIndexOf("]");
		const at = entry.key.from + (close === -1 ? entry.key.text.length : close);
		return { from: at, to: at, insert: entry.items.length === 0 ? scalar : `, ${scalar}` };
	}
	if (entry.inline !== "" && !entry.inline.startsWith("#")) {
		const colon = entry.key.text.indexOf(":");
		return { from: entry.key.from + colon + 1, to: entry.key.to, insert: `${eol}  - ${entry.inline}${eol}  - ${scalar}` };
	}
	if (entry.itemLines.length === 0) {
		const from = entry.inline.startsWith("#") ? entry.key.to : entry.key.from + entry.key.text.indexOf(":") + 1;
		return { from, to: entry.key.to, insert: `${eol}  - ${scalar}` };
	}
	const last = entry.itemLines[entry.itemLines.length - 1];
	const indent = YAML_ITEM.exec(entry.itemLines[0].text)?.[1] ?? "";
	return { from: last.to, to: last.to, insert: `${eol}${indent}- ${scalar}` };
}

function addProperty(region: MetaRegion, name: string, eol: string): TextChange {
	const line = region.lines.find((span) => /^profiles::/i.test(span.text));
	const link = `[[${name}]]`;
	if (!line) {
		const last = region.lines[region.lines.length - 1];
		return { from: last.to, to: last.to, insert: `${eol}profiles:: ${link}` };
	}
	const value = line.text.slice(line.text.indexOf("::") + 2);
	const end = line.from + line.text.trimEnd().length;
	if (value.trim() === "") return { from: line.from + line.text.indexOf("::") + 2, to: line.to, insert: ` ${link}` };
	return { from: end, to: end, insert: `, ${link}` };
}

/** A YAML scalar for a profile name: plain when it reads back as the same string, double-quoted (JSON) otherwise. */
export function yamlScalar(name: string): string {
	return PLAIN_YAML.test(name) && name.trim() === name && !NOT_A_STRING.test(name) ? name : JSON.stringify(name);
}

/** Splits `[a, "b, c", 'd']` into its items, quotes respected. */
function splitFlow(inline: string): string[] {
	const body = inline.slice(1, inline.lastIndexOf("]") === -1 ? inline.length : inline.lastIndexOf("]"));
	const items: string[] = [];
	let current = "";
	let quote = "";
	for (const ch of body) {
		if (quote !== "") {
			current += ch;
			if (ch === quote) quote = "";
		} else if (ch === '"' || ch === "'") {
			quote = ch;
			current += ch;
		} else if (ch === ",") {
			items.push(current.trim());
			current = "";
		} else {
			current += ch;
		}
	}
	if (current.trim() !== "") items.push(current.trim());
	return items.filter((item) => item !== "");
}

/** Splits a Logseq property value on commas outside `[[…]]`, and unwraps each item. */
function splitPropertyValue(value: string): string[] {
	const items: string[] = [];
	let depth = 0;
	let current = "";
	for (let i = 0; i < value.length; i++) {
		if (value.startsWith("[[", i)) depth++;
		if (value.startsWith("]]", i) && depth > 0) depth--;
		if (value[i] === "," && depth === 0) {
			items.push(current);
			current = "";
		} else {
			current += value[i];
		}
	}
	items.push(current);
	return items.map(cleanName).filter((name) => name !== "");
}

/** Unquotes a YAML item and unwraps `[[link]]` and `#tag`, so names compare as the user meant them. */
function cleanName(raw: string): string {
	let value = raw.trim();
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		try {
			const parsed: unknown = JSON.parse(value);
			if (typeof parsed === "string") value = parsed;
		} catch {
			value = value.slice(1, -1);
		}
	} else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
		value = value.slice(1, -1).replace(/''/g, "'");
	}
	const link = /^\[\[([^\]|#]*)(?:[|#][^\]]*)?\]\]$/.exec(value.trim());
	return (link ? link[1] : value.replace(/^#/, "")).trim();
}

