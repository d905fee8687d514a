/** The one fence detector and the inline code span reader; the note model (see `readNote`) applies them to a whole note. */

/** The fence that opens or closes a code block on this line (``` or ~~~, any length, after indentation or a `- ` bullet), else "". */
export function fenceMarker(line: string): string {
	let i = 0;
	while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
	if (line.charCodeAt(i) === 45 && line.charCodeAt(i + 1) === 32) i += 2;
	const c = line.charCodeAt(i);
	if (c !== 96 && c !== 126) return "";
	let j = i;
	while (line.charCodeAt(j) === c) j++;
	return j - i >= 3 ? line.slice(i, j) : "";
}

/**
 * The inline code spans of one line as [from, to) offsets (backticks included): a run of n backticks
 * opens a span that the next run of exactly n backticks closes; a run never closed is plain text. Linear in the line's length.
 */
export function codeSpans(line: string): [number, number][] {
	const runs = backtickRuns(line);
	const byLength = new Map<number, number[]>();
	runs.forEach((run, index) => {
		const list = byLength.get(run.length);
		if (list) list.push(index);
		else byLength.set(run.length, [index]);
	});
	const cursor = new Map<number, number>();
	const spans: [number, number][] = [];
	let r = 0;
	while (r < runs.length) {
		const { from, length } = runs[r];
		const list = byLength.get(length) ?? [];
		let k = cursor.get(length) ?? 0;
		while (k < list.length && list[k] <= r) k++;
		cursor.set(length, k);
		if (k === list.length) {
			r++;
			continue;
		}
		const close = runs[list[k]];
		spans.push([from, close.from + length]);
		r = list[k] + 1;
	}
	return spans;
}

function backtickRuns(line: string): { from: number; length: number }[] {
	const runs: { from: number; length: number }[] = [];
	let i = line.indexOf("`");
	while (i !== -1) {
		let j = i;
		while (line.charCodeAt(j) === 96) j++;
		runs.push({ from: i, length: j - i });
		i = line.indexOf("`", j);
	}
	return runs;
}
