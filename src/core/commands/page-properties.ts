/** Logseq page properties and YAML front matter, one line for one line, so that a page's properties survive a change of format. */
import { words } from "../wording/wording";
import { PROPERTY_LINE, readFrontMatter, type NoteModel } from "../note";
import { clip } from "../profile/read-sections";
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
	return JSON.stringify(value).replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The front matter line of a `key:: value` page property line (which `PROPERTY_LINE` matches). Spaces and tabs
 * around the value stay outside the YAML scalar, where YAML ignores them as Logseq does; other white space is kept inside.
 */
export function propertyAsYaml(line: string): string {
	const [, name, raw] = PROPERTY_LINE.exec(line) ?? ["", line, ""];
	const value = raw.replace(/^[ \t]+|[ \t]+$/g, "");
	// An empty value keeps the white space written after its `::` behind the quotes, where YAML ignores it.
	if (value === "") return `${name}: ""${line.slice(line.indexOf("::") + 2)}`;
	const scalar = LISTS.test(name) && !value.includes("[[") ? `[${value.split(", ").map(yamlScalar).join(", ")}]` : yamlScalar(value);
	// A function, not a string, as the replacement: `$$` or `$&` in the value is text, not a replacement pattern.
	return `${name}: ${raw.replace(value, () => scalar)}`;
}

/**
 * The page property line of front matter line `i` (0-based in the note), or the reason it has none, naming the line:
 * a page property is one `key: value` line, a list only for tags and aliases.
 */
export function yamlAsProperty(note: NoteModel, i: number): Result<string, string> {
	const entry = note.meta.entries.find((candidate) => candidate.line === i);
	const line = note.lines[i];
	const value = entry === undefined ? "" : (readFrontMatter(note.lines, i, i + 1).values.get(entry.key.toLowerCase()) ?? "");
	const text = Array.isArray(value) ? value.join(", ") : value;
	if (entry === undefined || entry.style === "block" || (entry.style === "flow" && !LISTS.test(entry.key)) || !NAME.test(entry.key) || /[\r\n]/.test(text)) {
		return err(words("property-not-one-line", { line: i + 1, text: clip(line) }));
	}
	const rest = line.slice(line.indexOf(":") + 2);
	return ok(text === "" ? `${entry.key}::${rest.replace(rest.trim(), "")}` : `${entry.key}:: ${rest.replace(rest.trim(), () => text)}`);
}
