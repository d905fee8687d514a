/** How a question is compared with the lines of a note: forgiving of case, markup, punctuation and mojibake. */
import { isWhiteSpace, listMarkerLength, trimEndWhere } from "../text/lines";
import { repairMojibake } from "../text/mojibake";

const CHECKBOX = /^\[[ xX/-]\][ \t]+/;
const MARKUP = /\*\*|__|==|~~|[*_`]/g;
const LEADING = /^[\s([]+/;
const SPACES = /\s+/g;
const SINGLE_QUOTES = /[‘’‛′]/g;
const DOUBLE_QUOTES = /[“”„″]/g;

/**
 * The comparable form of a question or of a line that may hold one: no list marker, quote, checkbox, heading marks,
 * emphasis, trailing punctuation or surrounding space; lower case, curly quotes straightened, mojibake repaired.
 */
export function questionKey(text: string): string {
	let line = stripLinePrefix(hasHighCharacter(text) ? repairMojibake(text) : text);
	line = line.replace(MARKUP, "");
	if (hasHighCharacter(line)) line = line.normalize("NFKC").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
	return trimEndWhere(line, isTrailingMark).replace(LEADING, "").replace(SPACES, " ").toLowerCase();
}

/** White space and the punctuation that may close a question: left out of its key. */
function isTrailingMark(ch: string): boolean {
	return isWhiteSpace(ch) || "?？!.:;,…)]".includes(ch);
}

/** Removes what may precede a line's text: indentation, `>` quotes, a list marker, a checkbox and heading marks. */
export function stripLinePrefix(line: string): string {
	let text = line.trim();
	while (text.startsWith(">")) text = text.slice(1).trimStart();
	const marker = listMarkerLength(text);
	if (marker > 0) text = text.slice(marker).trimStart();
	const checkbox = CHECKBOX.exec(text);
	if (checkbox) text = text.slice(checkbox[0].length);
	const marks = headingMarksEnd(text);
	return marks > 0 ? text.slice(marks) : text;
}

/** Where the text after a heading's opening marks (`#` to `######`, then spaces or tabs) starts; 0 when it opens with none. */
function headingMarksEnd(text: string): number {
	let i = 0;
	while (i < 6 && text.charCodeAt(i) === 35) i++;
	if (i === 0 || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9)) return 0;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	return i;
}

function hasHighCharacter(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
	return false;
}
