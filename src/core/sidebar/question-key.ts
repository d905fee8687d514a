/** How a question is compared with the lines of a note: forgiving of case, markup, punctuation and mojibake. */
import { isWhiteSpace, listMarkerLength, trimEndWhere } from "../text/lines";
import { repairMojibake } from "../text/mojibake";

const HEADING = /^#{1,6}[ \t]+/;
const CHECKBOX = /^\[[ xX/-]\][ \t]+/;
const MARKUP = /\*\*|__|==|~~|[*_`]/g;
const LEADING = /^[\s([]+/;

/**
 * The comparable form of a question or of a line that may hold one: no list marker, quote, checkbox, heading marks,
 * emphasis, trailing punctuation or surrounding space; lower case, curly quotes straightened, mojibake repaired.
 */
export function questionKey(text: string): string {
	let line = stripLinePrefix(hasHighCharacter(text) ? repairMojibake(text) : text);
	line = line.replace(MARKUP, "");
	if (hasHighCharacter(line)) line = line.normalize("NFKC").replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
	return trimEndWhere(line, (ch) => isWhiteSpace(ch) || "?？!.:;,…)]".includes(ch)).replace(LEADING, "").replace(/\s+/g, " ").toLowerCase();
}

/** Removes what may precede a line's text: indentation, `>` quotes, a list marker, a checkbox and heading marks. */
export function stripLinePrefix(line: string): string {
	let text = line.trim();
	while (text.startsWith(">")) text = text.slice(1).trimStart();
	text = text.slice(listMarkerLength(text)).trimStart();
	const checkbox = CHECKBOX.exec(text);
	if (checkbox) text = text.slice(checkbox[0].length);
	const heading = HEADING.exec(text);
	return heading ? text.slice(heading[0].length) : text;
}

function hasHighCharacter(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
	return false;
}
