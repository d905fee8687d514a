/** A profile page's note model and its lines as the parser reads them, read without copying the page. */
import { readNote, type NoteModel } from "../note";
import { normaliseText, repairRun } from "../text/mojibake";

/** The page read once: its note model, its lines normalised (see `normaliseText`), and whether it held NUL bytes. */
export interface PageLines {
	note: NoteModel;
	lines: readonly string[];
	hadNul: boolean;
}

/**
 * The ASCII between two runs of characters past it, NUL excluded (the one range U+0001–U+007F): skipped in one
 * sticky match. One range is the cheapest class to scan, half the time of one that also stops at CR; a CR is
 * found by `indexOf`, which is fast for it (and slow for NUL in text with characters past Latin-1).
 */
const ASCII_STRETCH = /[^\0\x80-\uffff]*/y;

/**
 * Reads the page as `readNote(normaliseText(text).text)` would, with the same lines, and without building the
 * normalised copy of the page when only mojibake in its body needs repairing (the common case): the note model is
 * read from the text as written, and each line that holds a non-ASCII run is repaired on its own. That is the same,
 * because a repair changes no ASCII character, which is all the model's structure depends on, and a run never
 * spans lines. A run of one character is never mojibake. NUL bytes, CRs, a run in the metadata block or on the
 * first line, and unclosed front matter take the copy.
 */
export function readPageLines(text: string): PageLines {
	if (text.indexOf("\r") !== -1) return normalisedPage(text);
	const note = readNote(text);
	const { lineStart, meta, lines } = note;
	const bodyStart = lineStart[Math.max(1, meta.bodyStart)] ?? -1;
	const counter = { runs: 0 };
	let repaired: string[] | null = null;
	let pieces: string[] = [];
	let line = -1;
	let done = 0;
	/** Puts the line being repaired in place, joined flat (appending would make a rope the readers flatten again). */
	const flush = () => {
		if (line !== -1) {
			pieces.push(lines[line].slice(done));
			(repaired ??= lines.slice())[line] = pieces.join("");
		}
		pieces = [];
		done = 0;
	};
	for (let end = 0; ; ) {
		ASCII_STRETCH.lastIndex = end;
		ASCII_STRETCH.test(text);
		const start = ASCII_STRETCH.lastIndex;
		if (start >= text.length) break;
		if (text.charCodeAt(start) === 0 || meta.kind === "unclosed" || start < bodyStart || bodyStart === -1) return normalisedPage(text);
		end = start + 1;
		while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
		const runs = counter.runs;
		const fixed = end - start < 2 ? "" : repairRun(text.slice(start, end), text[start - 1], text[end] ?? "", counter);
		if (counter.runs === runs) continue;
		let at = Math.max(line, 0);
		while (lineStart[at + 1] <= start) at++;
		if (at !== line) {
			flush();
			line = at;
		}
		pieces.push(lines[line].slice(done, start - lineStart[line]), fixed);
		done = end - lineStart[line];
	}
	flush();
	return { note, lines: repaired ?? lines, hadNul: false };
}

/** The page through `normaliseText`: NUL bytes dropped, every line end a LF, mojibake repaired, then read. */
function normalisedPage(text: string): PageLines {
	const normalised = normaliseText(text);
	const note = readNote(normalised.text);
	return { note, lines: note.lines, hadNul: normalised.hadNul };
}
