/** The profiles a note records (its front matter's `profiles:` list, or a Logseq `profiles::` property): read, and extended in place. */
import { foldName } from "../catalog/profile-catalog";
import { metaList, metaProblem, readNote, type MetaEntry, type NoteMetadata, type NoteModel } from "../note";
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
	const value = note.meta.values.get("profiles");
	const items = profilesEntry(note.meta) !== undefined && typeof value === "string" ? [value.replace(/^#/, "").replace(/^\[\[(.*)\]\]$/, "$1")] : metaList(note.meta.values, "profiles");
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
	const bodyStart = note.lineStart[meta.bodyStart] ?? text.length;
	const eol = lineEndOf(text);
	const wanted = foldName(name);
	if (recordedProfiles(note).some((existing) => foldName(existing) === wanted)) return ok({ change: null, bodyStart });
	if (meta.kind === "none") {
		return ok({ change: insertAt(0, `---${eol}profiles:${eol}  - ${yamlScalar(name)}${eol}---${eol}`), bodyStart: 0 });
	}
	return ok({ change: meta.kind === "properties" ? addProperty(note, name, eol) : addYamlItem(note, name, eol), bodyStart });
}

/** The front matter's `profiles:` key (any case), where a YAML list of profiles is written. */
function profilesEntry(meta: NoteMetadata): MetaEntry | undefined {
	return meta.entries.find((entry) => entry.key.toLowerCase() === "profiles");
}

/** The offset where line `index` of the note ends, before its line break. */
function lineEnd(note: NoteModel, index: number): number {
	return note.lineStart[index] + note.lines[index].length;
}

/** An edit that inserts `insert` at `at`. */
function insertAt(at: number, insert: string): TextChange {
	return { from: at, to: at, insert };
}

function addYamlItem(note: NoteModel, name: string, eol: string): TextChange {
	const { lines, lineStart, meta } = note;
	const entry = profilesEntry(meta);
	const scalar = yamlScalar(name);
	if (entry === undefined) return insertAt(lineStart[meta.close], `profiles:${eol}  - ${scalar}${eol}`);
	const keyLine = lines[entry.line];
	const keyFrom = lineStart[entry.line];
	const keyEnd = lineEnd(note, entry.line);
	const afterColon = keyLine.indexOf(":") + 1;
	const written = keyLine.slice(afterColon).trim();
	if (entry.style === "flow") {
		const close = keyLine.lastIndexOf("]");
		const items = meta.values.get("profiles");
		return insertAt(keyFrom + (close === -1 ? keyLine.length : close), Array.isArray(items) && items.length > 0 ? `, ${scalar}` : scalar);
	}
	if (entry.style === "block") {
		const last = entry.itemLines[entry.itemLines.length - 1];
		const indent = /^[ \t]*/.exec(lines[entry.itemLines[0]])?.[0] ?? "";
		return insertAt(lineEnd(note, last), `${eol}${indent}- ${scalar}`);
	}
	// A scalar name becomes the list's first item; an empty or null value gives way to the list (a `#comment` stays).
	const first = entry.style === "scalar" && written !== "null" && written !== "~" ? `${eol}  - ${written}` : "";
	return { from: first === "" && written.startsWith("#") ? keyEnd : keyFrom + afterColon, to: keyEnd, insert: `${first}${eol}  - ${scalar}` };
}

function addProperty(note: NoteModel, name: string, eol: string): TextChange {
	const { lines, lineStart, meta } = note;
	const link = `[[${name}]]`;
	let at = -1;
	for (let i = meta.from; i < meta.to && at === -1; i++) if (/^profiles::/i.test(lines[i])) at = i;
	if (at === -1) return insertAt(lineEnd(note, meta.to - 1), `${eol}profiles:: ${link}`);
	const written = lines[at].trimEnd();
	const end = lineStart[at] + written.length;
	// A `profiles::` line with no value yet (white space aside) takes the link as its value.
	if (written.length === "profiles::".length) return { from: end, to: lineEnd(note, at), insert: ` ${link}` };
	return insertAt(end, `, ${link}`);
}
