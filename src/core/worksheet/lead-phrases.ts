/** The short phrase that leads each item of a worked example: "Identify target customer segments" in "- Identify …: SpaceX should …". */
import { readNote } from "../note";
import { listItems } from "../profile/list-items";
import { isWhiteSpace, trimEndWhere } from "../text/lines";

/** Longest lead phrase that can still be a step (a heading, not a sentence). */
const MAX_LEAD = 100;
const LEAD_BEFORE_COLON = /^(.{2,100}?):(?:\s|$)/;
const BOLD_LEAD = /^(\*\*|__)(.+?)\1/;

/** The lead phrase of every item of an example's body, in order, as written (emphasis removed, end punctuation trimmed). */
export function leadPhrases(body: string): string[] {
	const note = readNote(body);
	// Fenced code is left out; `codeLines` also marks the metadata block, whose lines stay.
	const lines = note.lines.filter((_line, i) => i < note.meta.bodyStart || note.codeLines[i] === 0);
	const phrases: string[] = [];
	for (const item of listItems(lines)) {
		const lead = leadOf(item.text);
		if (lead !== null) phrases.push(lead);
	}
	return phrases;
}

/** The form two phrases share when they name the same step: lower case, no markup, no end punctuation, single spaces. */
export function stepKey(phrase: string): string {
	const key = phrase
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/[*_`~]+/g, " ")
		.replace(/\s+/g, " ");
	return trimEndWhere(key, (ch) => ch === " " || ".:;,!?".includes(ch)).trim();
}

function leadOf(itemText: string): string | null {
	let text = itemText.replace(/^\[[ xX]\]\s+/, "").replace(/^#{1,6}\s+/, "").trim();
	const bold = BOLD_LEAD.exec(text);
	if (bold) text = bold[2];
	else {
		const colon = LEAD_BEFORE_COLON.exec(text);
		if (colon && !colon[1].includes("[[")) text = colon[1];
	}
	const lead = trimEndWhere(text.replace(/(\*\*|__)(.+?)\1/g, "$2"), (ch) => isWhiteSpace(ch) || ".:;,".includes(ch)).trim();
	if (lead.length < 2 || lead.length > MAX_LEAD || lead.includes("{{")) return null;
	return lead;
}
