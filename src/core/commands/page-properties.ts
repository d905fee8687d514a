/** Logseq page properties and YAML front matter, one line for one line, so that a page's properties survive a change of format. */
import { PROPERTY_LINE, readFrontMatter, type NoteModel } from "../note";
import { err, ok, type Result } from "../result";

/** YAML words a plain scalar must not be, lest a reader take them for a boolean or a null. */
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
/** The properties both apps hold as lists: Logseq as `a, b`, Obsidian as `[a, b]`. */
const LISTS = /^(?:tags|alias|aliases)$/i;
/** A name a Logseq page property can have. */
const NAME = /^[A-Za-z][\w-]*$/;

/** `value` as a YAML scalar that reads back as exactly this text: plain when YAML sees nothing in it, else double-quoted. */
export function yamlScalar(value: string): string {
	if (/^(?:0|[1-9]\d{0,14})$/.test(value) || (/^[A-Za-z_][\w ./()-]*$/.test(value) && !value.endsWith(" ") && !RESERVED.test(value))) return value;
	return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The front matter line of a `key:: value` page property line (which `PROPERTY_LINE` matches). Spaces around the
 * value stay outside the YAML scalar, where YAML ignores them as Logseq does.
 */
export function propertyAsYaml(line: string): string {
	const match = PROPERTY_LINE.exec(line);
	if (match === null) return line;
	const [, name, raw] = match;
	const lead = /^[ \t]*/.exec(raw)?.[0] ?? "";
	const value = raw.trim();
	const trail = value === "" ? "" : (/[ \t]*$/.exec(raw)?.[0] ?? "");
	const scalar = value === "" ? '""' : LISTS.test(name) && !value.includes("[[") ? `[${value.split(", ").map(yamlScalar).join(", ")}]` : yamlScalar(value);
	return `${name}: ${lead}${scalar}${trail}`;
}

/**
 * The page property line of front matter line `i` (0-based in the note), or the reason it has none, naming the line:
 * a page property is one `key: value` line, a list only for tags and aliases.
 */
export function yamlAsProperty(note: NoteModel, i: number): Result<string, string> {
	const entry = note.meta.entries.find((candidate) => candidate.line === i);
	const line = note.lines[i];
	const value = entry === undefined ? null : readFrontMatter(note.lines, i, i + 1).values.get(entry.key.toLowerCase());
	const text = Array.isArray(value) ? value.join(", ") : value;
	const single = entry !== undefined && entry.style !== "block" && (entry.style !== "flow" || LISTS.test(entry.key)) && NAME.test(entry.key);
	if (!single || typeof text !== "string" || /[\r\n]/.test(text) || (i + 1 < note.meta.to && /^[ \t]/.test(note.lines[i + 1]))) {
		return err(`Line ${i + 1} of the front matter ("${clip(line)}") cannot be a Logseq page property: that is one "key: value" line, a list only for tags or aliases as [a, b]`);
	}
	const lead = /^[^:]*:[ \t]?([ \t]*)/.exec(line)?.[1] ?? "";
	const trail = /[ \t]*$/.exec(line)?.[0] ?? "";
	return ok(text === "" && lead === "" ? `${entry.key}::` : `${entry.key}:: ${lead}${text}${trail}`);
}

/** `text` shortened to quote it in a message. */
export function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
