/** A profile page's note model and its lines as the parser reads them, read without copying the page. */
import { readNote, type NoteModel } from "../note";
import { normaliseText, repairRun } from "../text/mojibake";

/** The page read once: its note model, its lines normalised (see `normaliseText`), and whether it held NUL bytes. */
export interface PageLines {
	note: NoteModel;
	lines: readonly string[];
	hadNul: boolean;
}

/** The characters `normaliseText` may change: NUL, CR and anything past ASCII. */
const SPECIAL_RUN = /[\0\r\u0080-\uffff]+/g;

/**
 * Reads the page as `readNote(normaliseText(text).text)` would, with the same lines, and without building the
 * normalised copy of the page when only mojibake in its body needs repairing (the common case): the note model is
 * read from the text as written, and each line that holds a non-ASCII run is repaired on its own. That is the same,
 * because a repair changes no ASCII character, which is all the model's structure depends on, and a run never
 * spans lines. A run of one character is never mojibake. NUL bytes, lone CRs, a run in the metadata block or on the
 * first line, and unclosed front matter take the copy.
 */
export function readPageLines(text: string): PageLines {
	const note = readNote(text);
	SPECIAL_RUN.lastIndex = 0;
	if (!SPECIAL_RUN.test(text)) return { note, lines: note.lines, hadNul: false };
	const { lineStart, meta } = note;
	const bodyFrom = Math.max(1, meta.bodyStart);
	if (meta.kind === "unclosed" || bodyFrom >= lineStart.length) return normalisedPage(text);
	const repair = new LineRepair(note);
	// Each run is found by its end (test() builds no match), then read back to its start.
	do {
		const end = SPECIAL_RUN.lastIndex;
		const crEnd = text.charCodeAt(end - 1) === 13;
		if (crEnd && text.charCodeAt(end) !== 10) return normalisedPage(text);
		const charsEnd = crEnd ? end - 1 : end;
		let start = charsEnd;
		while (start > 0 && text.charCodeAt(start - 1) >= 0x80) start--;
		if (start > 0 && (text.charCodeAt(start - 1) === 0 || text.charCodeAt(start - 1) === 13)) return normalisedPage(text);
		if (start < lineStart[bodyFrom]) return normalisedPage(text);
		if (charsEnd - start >= 2) repair.run(text, start, text.slice(start, charsEnd), crEnd ? "\n" : (text[charsEnd] ?? ""));
	} while (SPECIAL_RUN.test(text));
	return { note, lines: repair.finish(), hadNul: false };
}

/** Rebuilds the lines that hold mojibake, run by run, in order, each joined flat (appending makes a rope the readers flatten again); the others stay the note's own. */
class LineRepair {
	readonly #note: NoteModel;
	#lines: string[] | null = null;
	#line = -1;
	#pieces: string[] = [];
	#done = 0;
	readonly #counter = { runs: 0 };

	constructor(note: NoteModel) {
		this.#note = note;
	}

	/** Repairs the run `chars` at `offset` in the page, `after` the character that follows it. */
	run(text: string, offset: number, chars: string, after: string): void {
		const runs = this.#counter.runs;
		const fixed = repairRun(chars, text[offset - 1] ?? "", after, this.#counter);
		if (this.#counter.runs === runs) return;
		const { lineStart } = this.#note;
		let line = this.#line === -1 ? 0 : this.#line;
		while (line + 1 < lineStart.length && lineStart[line + 1] <= offset) line++;
		if (line !== this.#line) this.#flush(line);
		const from = offset - lineStart[line];
		this.#pieces.push(this.#note.lines[line].slice(this.#done, from), fixed);
		this.#done = from + chars.length;
	}

	/** The page's lines with every repaired line in place. */
	finish(): readonly string[] {
		this.#flush(-1);
		return this.#lines ?? this.#note.lines;
	}

	#flush(next: number): void {
		if (this.#line !== -1) {
			this.#lines ??= this.#note.lines.slice();
			this.#pieces.push(this.#note.lines[this.#line].slice(this.#done));
			this.#lines[this.#line] = this.#pieces.join("");
		}
		this.#line = next;
		this.#pieces = [];
		this.#done = 0;
	}
}

/** The page through `normaliseText`: NUL bytes dropped, every line end a LF, mojibake repaired, then read. */
function normalisedPage(text: string): PageLines {
	const normalised = normaliseText(text);
	const note = readNote(normalised.text);
	return { note, lines: note.lines, hadNul: normalised.hadNul };
}
