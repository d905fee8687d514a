/** The profiles a note records (its front matter's `profiles:` list, or a Logseq `profiles::` property): read, and extended in place. */
import { foldName } from "../catalog/profile-catalog";
import { metaList, metaProblem, readNote, type MetaEntry, type NoteModel } from "../note";
import { err, ok, type Result } from "../result";
import { lineEndOf } from "../text/line-spans";
import { repairMojibake } from "../text/mojibake";
import type { TextChange } from "../text/text-change";
import { linkTarget } from "../text/wiki-links";
import { yamlScalar } from "../text/yaml-scalar";

/** How recording a profile changes a note, and where its body starts. */
export interface ProfileRecord {
	/** The edit to the metadata, or null when the note already names the profile. */
	change: TextChange | null;
	/** Offset of the first body line, before `change` is applied. */
	bodyStart: number;
}

/**
 * The profile names a note records, in the order written, each once: YAML items unquoted, `[[links]]` and `#tags`
 * unwrapped, mojibake repaired. A YAML scalar is one name; a Logseq property value is split at commas outside links.
 */
export function recordedProfiles(note: NoteModel): string[] {
	const yaml = note.meta.entries.some((entry) => entry.key.toLowerCase() === "profiles");
	const value = note.meta.values.get("profiles");
	const items = yaml && typeof value === "string" ? [value.replace(/^#/, "").replace(/^\[\[(.*)\]\]$/, "$1")] : metaList(note.meta.values, "profiles");
	const names = items.map((item) => repairMojibake(linkTarget(item)).trim()).filter((name) => name !== "");
	return [...new Set(names)];
}

/**
 * Adds `name` to the note's recorded profiles: the YAML `profiles:` list (created with the front matter if needed),
 * or the Logseq `profiles::` property when the note keeps Logseq page properties. Fails, changing nothing, when the
 * front matter cannot be read (never closed, or a line that is not YAML), saying on which line.
 */
export function recordProfile(text: string, name: string): Result<ProfileRecord, string> {
	const note = readNote(text);
	const { meta } = note;
	const problem = metaProblem(meta);
	if (problem !== null) {
		const fix = meta.kind === "unclosed" ? "Close it with a --- line" : `Correct line ${meta.problem?.line ?? 1}`;
		return err(`${problem} The profile could not be recorded in it, and nothing was changed. ${fix}, then try again.`);
	}
	const bodyStart = note.meta.bodyStart < note.lines.length ? note.lineStart[note.meta.bodyStart] : text.length;
	const eol = lineEndOf(text);
	const wanted = foldName(name);
	if (recordedProfiles(note).some((existing) => foldName(existing) === wanted)) return ok({ change: null, bodyStart });
	if (meta.kind === "none") {
		const insert = `---${eol}profiles:${eol}  - ${yamlScalar(name)}${eol}---${eol}`;
		return ok({ change: { from: 0, to: 0, insert }, bodyStart: 0 });
	}
	if (meta.kind === "properties") return ok({ change: addProperty(note, name, eol), bodyStart });
	return ok({ change: addYamlItem(note, name, eol), bodyStart });
}

function addYamlItem(note: NoteModel, name: string, eol: string): TextChange {
	const { lines, lineStart, meta } = note;
	const entry: MetaEntry | undefined = meta.entries.find((each) => each.key.toLowerCase() === "profiles");
	const scalar = yamlScalar(name);
	if (entry === undefined) {
		const at = lineStart[meta.close];
		return { from: at, to: at, insert: `profiles:${eol}  - ${scalar}${eol}` };
	}
	const keyLine = lines[entry.line];
	const keyFrom = lineStart[entry.line];
	const keyEnd = keyFrom + keyLine.length;
	const afterColon = keyFrom + keyLine.indexOf(":") + 1;
	const written = keyLine.slice(keyLine.indexOf(":") + 1).trim();
	if (entry.style === "flow") {
		const close = keyLine.lastIndexOf("]");
		const items = meta.values.get("profiles");
		const at = keyFrom + (close === -1 ? keyLine.length : close);
		return { from: at, to: at, insert: Array.isArray(items) && items.length > 0 ? `, ${scalar}` : scalar };
	}
	if (entry.style === "block") {
		const last = entry.itemLines[entry.itemLines.length - 1];
		const indent = /^[ \t]*/.exec(lines[entry.itemLines[0]])?.[0] ?? "";
		const at = lineStart[last] + lines[last].length;
		return { from: at, to: at, insert: `${eol}${indent}- ${scalar}` };
	}
	// A scalar name becomes the list's first item; an empty or null value gives way to the list (a `#comment` stays).
	const first = entry.style === "scalar" && written !== "null" && written !== "~" ? `${eol}  - ${written}` : "";
	return { from: first === "" && written.startsWith("#") ? keyEnd : afterColon, to: keyEnd, insert: `${first}${eol}  - ${scalar}` };
}

function addProperty(note: NoteModel, name: string, eol: string): TextChange {
	const { lines, lineStart, meta } = note;
	const link = `[[${name}]]`;
	let at = -1;
	for (let i = meta.from; i < meta.to && at === -1; i++) if (/^profiles::/i.test(lines[i])) at = i;
	if (at === -1) {
		const end = lineStart[meta.to - 1] + lines[meta.to - 1].length;
		return { from: end, to: end, insert: `${eol}profiles:: ${link}` };
	}
	const line = lines[at];
	const value = line.slice(line.indexOf("::") + 2);
	if (value.trim() === "") return { from: lineStart[at] + line.indexOf("::") + 2, to: lineStart[at] + line.length, insert: ` ${link}` };
	const end = lineStart[at] + line.trimEnd().length;
	return { from: end, to: end, insert: `, ${link}` };
}
