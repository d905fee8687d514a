/** The wiki links that may name a tool, read from the note model: outside code spans, fenced code and front matter, and not embeds. */
import { lineLinks, readNote, type NoteLink, type NoteModel } from "../note";
import type { WikiLink } from "../text/wiki-links";

/** A run of whole lines, by 0-based index, both ends included. */
export interface LineRange {
	from: number;
	to: number;
}

/** The links of one line that are neither inside an inline code span nor embeds (`![[…]]`). See also `scanLinks`. Linear in the line. */
export function linksOutsideCode(line: string, offset = 0): WikiLink[] {
	const links: NoteLink[] = [];
	lineLinks(line, 0, offset, links);
	return toolLinks(line, offset, links);
}

/**
 * The lines where links are not drawn: the front matter and every fenced code block (an unclosed fence runs to the end).
 * Front matter that is never closed is read as text. Linear in the number of lines.
 */
export function codeBlockLines(lines: readonly string[]): LineRange[] {
	const note = readNote(lines.join("\n"));
	const ranges: LineRange[] = note.meta.close === -1 ? [] : [{ from: 0, to: note.meta.close }];
	for (const block of note.code) ranges.push({ from: block.from, to: block.to });
	return ranges;
}

/** Every link of a whole note that may name a tool, with offsets into `text`, in order. See also `linksOutsideCode`. */
export function scanLinks(text: string): WikiLink[] {
	return noteToolLinks(readNote(text));
}

/** The links of a note model that may name a tool. */
export function noteToolLinks(note: NoteModel): WikiLink[] {
	return toolLinks(note.text, 0, note.links);
}

/** Wiki links (the note model's own objects) and `#[[tag]]` links (read from their brackets), as tool chips show them; embeds left out. */
function toolLinks(text: string, offset: number, links: readonly NoteLink[]): WikiLink[] {
	const out: WikiLink[] = [];
	for (const link of links) {
		if (link.kind === "wiki") out.push(link);
		else if (link.kind === "tag" && text.charCodeAt(link.from - offset + 1) === 91) out.push({ raw: link.raw, target: link.target, from: link.from + 1, to: link.to });
	}
	return out;
}
