/** The one fence detector and the inline code span reader; the note model (see `readNote`) applies them to a whole note. */

/**
 * The fence on this line (``` or ~~~, any length, after indentation or a `- ` bullet) as a signed length: n for a
 * run of n backticks, -n for n tildes, 0 when the line opens no fence. A number, so that reading a note's fences
 * makes no string per line. See also `fenceMarker`.
 */
export function fenceRun(line: string): number {
	const from = fenceStart(line);
	const c = line.charCodeAt(from);
	if (c !== 96 && c !== 126) return 0;
	let to = from;
	while (line.charCodeAt(to) === c) to++;
	if (to - from < 3) return 0;
	return c === 96 ? to - from : from - to;
}

/** The fence that opens or closes a code block on this line (``` or ~~~, any length, after indentation or a `- ` bullet), else "". */
export function fenceMarker(line: string): string {
	const from = fenceStart(line);
	return line.slice(from, from + Math.abs(fenceRun(line)));
}

/** Where a fence would start on the line: after its indentation and a `- ` bullet. */
function fenceStart(line: string): number {
	let i = 0;
	while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
	return line.charCodeAt(i) === 45 && line.charCodeAt(i + 1) === 32 ? i + 2 : i;
}

/**
 * The inline code spans of one line, walked from its start: a run of n backticks opens a span that the next run of
 * exactly n backticks closes (backticks included); a run never closed is plain text. Built in one pass over the line
 * and walked without a list of spans, so that a line of a hundred thousand spans costs two small arrays. Linear.
 */
export class CodeSpans {
	/** The line's backtick runs as flat pairs: [from, length, from, length, …]. */
	private readonly runs: number[] = [];
	/** For each run, the next run as long as it (the one that closes it), or -1. */
	private readonly closers: number[];
	/** The span the walk stands at, [from, to); `to` is -1 once past the last span. */
	private from = -1;
	private to = -1;
	/** The run after the current span's closing run, where the next span is looked for. */
	private after = 0;

	constructor(line: string) {
		for (let i = line.indexOf("`"); i !== -1; ) {
			let j = i;
			while (line.charCodeAt(j) === 96) j++;
			this.runs.push(i, j - i);
			i = line.indexOf("`", j);
		}
		const count = this.runs.length / 2;
		this.closers = new Array<number>(count).fill(-1);
		if (count > 1) this.findClosers();
		this.reset();
	}

	/** Finds each run's closer right to left, keeping the nearest run of each length seen. */
	private findClosers(): void {
		const nearest = new Map<number, number>();
		for (let r = this.closers.length - 1; r >= 0; r--) {
			const length = this.runs[2 * r + 1];
			this.closers[r] = nearest.get(length) ?? -1;
			nearest.set(length, r);
		}
	}

	/** Goes back to the line's first span, for another walk in order. */
	reset(): void {
		this.after = 0;
		this.step();
	}

	/** True when [from, to) overlaps a code span. Within a walk, `from` must not decrease from one call to the next. */
	overlaps(from: number, to: number): boolean {
		while (this.to !== -1 && this.to <= from) this.step();
		return this.to !== -1 && this.from < to;
	}

	private step(): void {
		let r = this.after;
		while (r < this.closers.length && this.closers[r] === -1) r++;
		if (r === this.closers.length) {
			this.from = -1;
			this.to = -1;
			return;
		}
		const close = this.closers[r];
		this.from = this.runs[2 * r];
		this.to = this.runs[2 * close] + this.runs[2 * r + 1];
		this.after = close + 1;
	}
}
