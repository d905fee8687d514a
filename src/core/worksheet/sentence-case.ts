/** Sentence case for step names written In Title Case, keeping the words a profile writes capitalised mid-sentence. */

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** True for "Identify Target Customer Segments": every longer word after the first is capitalised. */
export function isTitleCase(text: string): boolean {
	const words = (text.match(WORD) ?? []).slice(1).filter((word) => word.length > 3 && /^\p{L}/u.test(word));
	return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * Lower-cases each capitalised word after the first, except acronyms (`CRM`), words with inner capitals (`SpaceX`),
 * single letters, words inside `[[links]]`, and `keep` (lower-cased names the profile capitalises mid-sentence).
 */
export function toSentenceCase(text: string, keep: ReadonlySet<string>): string {
	let first = true;
	return text.replace(/\[\[[^\]]*\]\]|[\p{L}\p{N}'’-]+/gu, (word) => {
		if (word.startsWith("[[")) {
			first = false;
			return word;
		}
		if (first) {
			first = false;
			return word;
		}
		const plainCapital = /^\p{Lu}[\p{Ll}\p{N}'’-]+$/u.test(word);
		return plainCapital && !keep.has(word.toLowerCase()) ? word.toLowerCase() : word;
	});
}

/** Words written with a capital inside a sentence (not at its start) in `texts`: likely names. Lines that only lead an item are skipped. */
export function capitalisedNames(texts: readonly string[]): Set<string> {
	const names = new Set<string>();
	for (const text of texts) {
		for (const line of text.split("\n")) {
			const prose = proseOf(line);
			for (const sentence of prose.split(/[.!?]\s+/)) {
				const words = sentence.match(WORD) ?? [];
				for (const word of words.slice(1)) {
					if (/^\p{Lu}/u.test(word)) names.add(word.toLowerCase());
				}
			}
		}
	}
	return names;
}

/** The running prose of a line: after an item's lead ("Lead: prose"), nothing when the line is only a lead. */
function proseOf(line: string): string {
	const text = line.trim().replace(/^([-*+]|\d+[.)])\s+/, "");
	const colon = /^.{2,100}?:\s/.exec(text);
	const rest = colon ? text.slice(colon[0].length) : text;
	return rest.length <= 100 && !/[.!?]\s/.test(rest) && !/[.!?]$/.test(rest) ? "" : rest;
}
