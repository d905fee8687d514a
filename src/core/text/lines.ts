/** Small line helpers shared by the profile parser and renderers. */

/** Leading white space width, a tab counting as two spaces (Logseq's outline step). */
export function indentWidth(line: string): number {
	let width = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32) width++;
		else if (c === 9) width += 2;
		else return width;
	}
	return width;
}

/** True when the line holds only white space. */
export function isBlank(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== 32 && c !== 9) return false;
	}
	return true;
}

/** Removes up to `width` columns of leading white space (tabs count as two). */
export function dedentLine(line: string, width: number): string {
	let removed = 0;
	let i = 0;
	while (i < line.length && removed < width) {
		const c = line.charCodeAt(i);
		if (c === 32) removed++;
		else if (c === 9) removed += 2;
		else break;
		i++;
	}
	return i === 0 ? line : line.slice(i);
}

/** Drops blank lines at both ends and trailing white space on every line, then joins with "\n". */
export function joinTrimmed(lines: readonly string[]): string {
	let start = 0;
	let end = lines.length;
	while (start < end && isBlank(lines[start])) start++;
	while (end > start && isBlank(lines[end - 1])) end--;
	let out = "";
	for (let i = start; i < end; i++) {
		if (i > start) out += "\n";
		out += lines[i].trimEnd();
	}
	return out;
}

/** Prefixes every line after the first with `prefix`; blank lines get the prefix too, so an outline block stays whole. */
export function indentContinuation(text: string, prefix: string): string {
	return text.split("\n").join("\n" + prefix);
}

/** Length of a list marker ("- ", "* ", "+ ", "1. ", "1) ") at the start of the line, or 0. */
export function listMarkerLength(line: string): number {
	const c = line.charCodeAt(0);
	if ((c === 45 || c === 42 || c === 43) && (line.length === 1 || line.charCodeAt(1) === 32)) {
		return line.length === 1 ? 1 : 2;
	}
	let i = 0;
	while (i < line.length && i < 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
	if (i > 0 && (line.charCodeAt(i) === 46 || line.charCodeAt(i) === 41) && line.charCodeAt(i + 1) === 32) return i + 2;
	return 0;
}
