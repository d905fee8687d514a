/** Reads a tool note: its summary (front matter, else Definition, else first paragraph), its aliases, and whether it says it is a tool. */
import { parseProfile } from "../profile/parse";
import { metaList, metaString, readNote, type NoteModel } from "../note";
import { isBlank, listMarkerLength } from "../text/lines";
import { normaliseText } from "../text/mojibake";

/** What a tool note says about its tool. */
export interface ToolNote {
	/** Markdown; "" when the note says nothing yet. */
	summary: string;
	aliases: string[];
	/** True when its front matter says `type: tool`. */
	typedAsTool: boolean;
}

/** Reads a tool note's text. Never throws; CRLF, a byte-order mark and mojibake are tolerated, and binary data (NUL bytes) gives no summary. */
export function readToolNote(text: string): ToolNote {
	if (text.indexOf("\0") !== -1) return { summary: "", aliases: [], typedAsTool: false };
	const clean = normaliseText(text).text;
	const note = readNote(clean);
	const meta = note.meta.values;
	const aliases = [...metaList(meta, "aliases"), ...metaList(meta, "alias")];
	const types = metaList(meta, "type").map((type) => type.toLowerCase());
	let summary = metaString(meta, "summary").trim();
	if (summary === "") summary = parseProfile(clean).definition.trim();
	if (summary === "") summary = firstParagraph(note);
	return { summary, aliases, typedAsTool: types.includes("tool") };
}

/** The first block of text after the front matter, skipping headings, code and blank lines; a list gives its first item. */
function firstParagraph(note: NoteModel): string {
	const { lines, codeLines } = note;
	let i = note.meta.bodyStart;
	while (i < lines.length && (codeLines[i] === 1 || isBlank(lines[i]) || isHeading(lines[i]))) i++;
	const paragraph: string[] = [];
	for (; i < lines.length && codeLines[i] === 0 && !isBlank(lines[i]) && !isHeading(lines[i]); i++) {
		const line = lines[i].trim();
		if (paragraph.length > 0 && listMarkerLength(line) > 0) break;
		paragraph.push(paragraph.length === 0 ? line.slice(listMarkerLength(line)).trim() : line);
	}
	return paragraph.join("\n");
}

/** A heading or a thematic break (`---`, `***`, `___`): never part of a paragraph. */
function isHeading(line: string): boolean {
	const text = line.trimStart();
	if (isThematicBreak(text)) return true;
	return /^(?:- )?#{1,6}(\s|$)/.test(text);
}

/** `---`, `* * *`, `___`: three or more of one of - * _, white space between, nothing else. Linear. */
function isThematicBreak(text: string): boolean {
	const mark = text[0];
	if (mark !== "-" && mark !== "*" && mark !== "_") return false;
	let count = 0;
	for (const ch of text) {
		if (ch === mark) count++;
		else if (ch !== " " && ch !== "\t") return false;
	}
	return count >= 3;
}
