/** The one fence detector and the inline code span reader; the note model (see `readNote`) applies them to a whole note. */
import { textIndent } from "./lines";

/** The fence that opens or closes a code block on this line (``` or ~~~, any length, after indentation or a `- ` bullet), else "". */
export function fenceMarker(line: string): string {
	let i = textIndent(line);
	if (line.charCodeAt(i) === 45 && line.charCodeAt(i + 1) === 32) i += 2;
	const c = line.charCodeAt(i);
	if (c !== 96 && c !== 126) return "";
	let j = i;
	while (line.charCodeAt(j) === c) j++;
	return j - i >= 3 ? line.slice(i, j) : "";
}

/** True when the range [from, to) of a line overlaps one of its inline code spans; see `codeSpanTest`. */
export type CodeSpanTest = (from: number, to: number) => boolean;

/**
 * Whether a range of one line overlaps its inline code spans: a run of n backticks opens a span that the next run of
 * exactly n backticks closes (backticks included); a run never closed is plain text. The line is read once, and
 * the spans are walked without being listed, so that calls in ascending order cost nothing more (a call that goes
 * back walks again from the start): a line of a hundred thousand spans costs two arrays of numbers. Linear.
 */
export function codeSpanTest(line: string): CodeSpanTest {
	const runs: number[] = [];
	for (let i = line.indexOf("`"); i !== -1; ) {
		let j = i;
		while (line.charCodeAt(j) === 96) j++;
		runs.push(i, j - i);
		i = line.indexOf("`", j);
	}
	// closers[r]: the next run as long as run r, which closes it, or -1; found right to left.
	const closers = new Array<number>(runs.length / 2).fill(-1);
	if (closers.length > 1) {
		const nearest = new Map<number, number>();
		for (let r = closers.length - 1; r >= 0; r--) {
			closers[r] = nearest.get(runs[2 * r + 1]) ?? -1;
			nearest.set(runs[2 * r + 1], r);
		}
	}
	let spanFrom = -1;
	let spanTo = -1;
	let next = 0;
	let last = -1;
	const step = () => {
		while (next < closers.length && closers[next] === -1) next++;
		spanFrom = next < closers.length ? runs[2 * next] : -1;
		spanTo = next < closers.length ? runs[2 * closers[next]] + runs[2 * next + 1] : -1;
		next = next < closers.length ? closers[next] + 1 : next;
	};
	return (from, to) => {
		if (from < last || last === -1) {
			next = 0;
			step();
		}
		last = from;
		while (spanTo !== -1 && spanTo <= from) step();
		return spanTo !== -1 && spanFrom < to;
	};
}
