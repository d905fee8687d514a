/** Sentence case for step names written In Title Case, keeping the words a profile writes capitalised mid-sentence. */
import { lazyPattern } from "../lazy";

const WORD_CHARS = "[\\p{L}\\p{N}'’-]+";
const WORD = lazyPattern(WORD_CHARS, "gu");
const LETTER_FIRST = lazyPattern("^\\p{L}");
const CAPITAL_FIRST = lazyPattern("^\\p{Lu}");
const LINK_OR_WORD = lazyPattern(`\\[\\[[^\\]]*\\]\\]|${WORD_CHARS}`, "gu");
const PLAIN_CAPITALISED = lazyPattern("^\\p{Lu}[\\p{Ll}\\p{N}'’-]+$");

/** True for "Identify Target Customer Segments": every longer word after the first is capitalised. */
export function isTitleCase(text: string): boolean {
	const words = (text.match(WORD()) ?? []).slice(1).filter((word) => word.length > 3 && LETTER_FIRST().test(word));
	return words.length > 0 && words.every((word) => CAPITAL_FIRST().test(word));
}

/**
 * Lower-cases each capitalised word after the first, except acronyms (`CRM`), words with inner capitals (`SpaceX`),
 * single letters, words inside `[[links]]`, and `keep` (lower-cased names the profile capitalises mid-sentence).
 */
export function toSentenceCase(text: string, keep: ReadonlySet<string>): string {
	let first = true;
	return text.replace(LINK_OR_WORD(), (word) => {
		if (first || word.startsWith("[[")) {
			first = false;
			return word;
		}
		const plainCapital = PLAIN_CAPITALISED().test(word);
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
				const words = sentence.match(WORD()) ?? [];
				for (const word of words.slice(1)) {
					if (CAPITAL_FIRST().test(word)) names.add(word.toLowerCase());
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
