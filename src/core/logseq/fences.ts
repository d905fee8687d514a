/** Which lines of a text are fenced code, counting only fences that close, as Logseq's parser does. */

const FENCE = /^\s*(`{3,}|~{3,})/;

/** A line's part in a fenced code block: the opening fence, inside (its body and closing fence), or outside. */
export type FenceRole = "opening" | "inside" | "outside";

/** The role of each line; an opening fence without a closing one is ordinary text. */
export function closedFences(lines: readonly string[]): FenceRole[] {
	const roles: FenceRole[] = lines.map(() => "outside");
	for (let i = 0; i < lines.length; i++) {
		const open = FENCE.exec(lines[i])?.[1];
		if (!open) continue;
		let close = i + 1;
		while (close < lines.length && !closes(lines[close], open)) close++;
		if (close >= lines.length) continue;
		roles[i] = "opening";
		for (let k = i + 1; k <= close; k++) roles[k] = "inside";
		i = close;
	}
	return roles;
}

function closes(line: string, open: string): boolean {
	const marker = FENCE.exec(line)?.[1];
	return marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker;
}
