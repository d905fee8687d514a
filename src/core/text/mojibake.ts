/**
 * Mojibake repair: undoes UTF-8 text that was decoded as Mac Roman (`üîç` for 🔍, `‚Äô` for ’, as Logseq exports
 * opened on old Macs produce) or as Windows-1252 (`cafÃ©`, `donâ€™t`), and leaves correct text, mathematics included, alone.
 */
import { lazy, lazyPattern } from "../lazy";

/** The characters Mac Roman gives bytes 0x80 to 0xFF, in byte order. */
const MAC_ROMAN_HIGH =
	"ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/** The characters Windows-1252 gives bytes 0x80 to 0x9F; its five unassigned bytes come through as the C1 controls of the same number. */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** One way UTF-8 bytes get misread: which character each byte 0x80 to 0xFF became. */
type Codec = ReadonlyMap<number, number>;

function codec(high: string): Map<number, number> {
	return new Map(Array.from(high, (ch, i) => [ch.charCodeAt(0), 0x80 + i] as [number, number]));
}

const MAC_ROMAN = lazy(() => codec(MAC_ROMAN_HIGH));
/** Windows-1252: its own 0x80–0x9F, Latin-1 above (Latin-1's C1 controls for 0x80–0x9F are accepted too). */
const WINDOWS_1252 = lazy((): Codec => {
	const table = codec(WINDOWS_1252_C1);
	for (let byte = 0x80; byte <= 0xff; byte++) table.set(byte, byte);
	return table;
});
/**
 * Tried in this order on each stretch of non-ASCII text. Windows-1252 first: Mac Roman misreads seldom decode as
 * Windows-1252 (their lead bytes become its continuation bytes), while `NÃºÃ±ez` would decode as Mac Roman combining marks.
 */
const CODECS = lazy((): readonly Codec[] => [WINDOWS_1252(), MAC_ROMAN()]);

/** A run of two or more non-ASCII characters: the only places mojibake can be (a plain class scans far faster than a codec's). */
const NON_ASCII_RUN = /[\u0080-\uffff]{2,}/g;

/**
 * Mac Roman's mathematical signs: `√π`, `√∂`, `¬¶` are more often correct mathematics than a misread ù, ö or ¦,
 * so a lone pair ending in one is repaired only inside a word, after a letter.
 */
const MATH_SIGNS = "πµ∂∑∏∫Ω∞≠≤≥±∆≈√¬";

/** Decoded signs that a lone pair almost never stands for on its own (`¬¶` is ¦): repaired only after a letter. */
const RARE_SIGNS = /^[\u0080-\u009f\u00a4\u00a6\u00a8\u00ac\u00ad\u00af\u00b4\u00b8]$/;

/** Combining accents: a decode that starts with one is a misreading by the wrong codec. */
const COMBINING_START = /^[\u0300-\u036f]/;

const LETTER = lazyPattern("\\p{L}");
const LETTER_OR_DIGIT = lazyPattern("[\\p{L}\\p{N}]");

/** How many runs `repairMojibakeCounted` changed, and the repaired text. */
export interface MojibakeRepair {
	text: string;
	runs: number;
}

/** Returns the text with every cleanly decodable MacRoman-mojibake run restored; other text is untouched. See also `repairMojibakeCounted`. */
export function repairMojibake(text: string): string {
	return repairMojibakeCounted(text).text;
}

/** Like `repairMojibake`, and also says how many runs it changed (0 when the text was already right). */
export function repairMojibakeCounted(text: string): MojibakeRepair {
	if (typeof text !== "string") return { text: "", runs: 0 };
	const counter = { runs: 0 };
	const repaired = text.replace(NON_ASCII_RUN, (run: string, offset: number) => repairRun(run, text[offset - 1] ?? "", text[offset + run.length] ?? "", counter));
	return { text: repaired, runs: counter.runs };
}

/** What `normaliseText` did besides returning the text. */
export interface NormalisedText {
	text: string;
	/** Mojibake runs repaired. */
	runs: number;
	/** Whether NUL bytes (binary data) were dropped. */
	hadNul: boolean;
}

/** Runs of NUL, CR or non-ASCII characters: everything `normaliseText` may change, found in a single scan. */
const SPECIAL_RUN = /[\0\r\u0080-\uffff]+/g;

/**
 * Makes any text fit to parse in one pass: LF line ends (CRLF and lone CR), NUL bytes dropped, mojibake repaired.
 * See also `repairMojibakeCounted`, which changes nothing but mojibake.
 */
export function normaliseText(text: string): NormalisedText {
	const counter = { runs: 0 };
	let hadNul = false;
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const normalised = body.replace(SPECIAL_RUN, (run: string, offset: number, whole: string) => {
		const after = whole[offset + run.length] ?? "";
		if (run.indexOf("\r") === -1 && run.indexOf("\0") === -1) return repairRun(run, whole[offset - 1] ?? "", after, counter);
		let out = "";
		let pending = "";
		let before = whole[offset - 1] ?? "";
		for (let i = 0; i < run.length; i++) {
			const c = run[i];
			if (c !== "\0" && c !== "\r") {
				pending += c;
				continue;
			}
			out += repairRun(pending, before, c === "\r" ? "\n" : "", counter);
			pending = "";
			before = c === "\r" ? "\n" : "";
			if (c === "\0") hadNul = true;
			else if ((i + 1 < run.length ? run[i + 1] : after) !== "\n") out += "\n";
		}
		return out + repairRun(pending, before, after, counter);
	});
	return { text: normalised, runs: counter.runs, hadNul };
}

/**
 * Repairs a non-ASCII run: whole, with the first codec that decodes all of it; else stretch by stretch, each codec
 * trying what the ones before left; counts each stretch repaired. `before` and `after` are the characters around the run, which decide lone pairs.
 */
export function repairRun(run: string, before: string, after: string, counter: { runs: number }): string {
	if (run.length < 2) return run;
	for (const table of CODECS()) {
		const whole = decodeRun(run, table, before, after);
		if (whole !== null) {
			counter.runs++;
			return whole;
		}
	}
	return repairStretches(run, 0, run.length, 0, before, after, counter);
}

/**
 * Repairs `run[from..to)` with codec number `codec` and those after it: decodes each longest stretch whose characters
 * the codec all knows (never the whole run, which failed already), and hands what lies between to the next codec.
 */
function repairStretches(run: string, from: number, to: number, codec: number, before: string, after: string, counter: { runs: number }): string {
	const table = CODECS()[codec];
	if (table === undefined) return run.slice(from, to);
	let out = "";
	let gap = from;
	let start = from;
	for (let i = from; i <= to; i++) {
		if (i < to && table.has(run.charCodeAt(i))) continue;
		const text = i - start >= 2 && i - start < run.length ? decodeRun(run.slice(start, i), table, start > 0 ? run[start - 1] : before, i < run.length ? run[i] : after) : null;
		if (text !== null) {
			counter.runs++;
			out += repairStretches(run, gap, start, codec + 1, before, after, counter) + text;
			gap = i;
		}
		start = i + 1;
	}
	return out + repairStretches(run, gap, to, codec + 1, before, after, counter);
}

/**
 * Decodes a run whose every character is part of a valid UTF-8 sequence; null when any is not, and for a lone
 * two-byte pair that reads better as the text it is: one whose lead is not √/¬ (Ã/Â), or that stands outside a word.
 */
function decodeRun(run: string, table: Codec, left: string, right: string): string | null {
	let out = "";
	let sequences = 0;
	let longest = 0;
	let lastLead = 0;
	let i = 0;
	while (i < run.length) {
		const lead = table.get(run.charCodeAt(i));
		if (lead === undefined) return null;
		const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
		if (length === 0 || i + length > run.length) return null;
		// The lead's own bits: 5, 4 or 3 of them for a sequence of 2, 3 or 4 bytes.
		let code = lead & (0x7f >> length);
		for (let k = 1; k < length; k++) {
			const byte = table.get(run.charCodeAt(i + k));
			if (byte === undefined || byte < 0x80 || byte > 0xbf) return null;
			code = (code << 6) | (byte & 0x3f);
		}
		if (!isValidScalar(code, length)) return null;
		out += String.fromCodePoint(code);
		sequences++;
		longest = Math.max(longest, length);
		lastLead = lead;
		i += length;
	}
	if (COMBINING_START.test(out)) return null;
	if (sequences > 1 || longest > 2) return out;
	return plausiblePair(run, out, lastLead, table, left, right) ? out : null;
}

/**
 * Whether a lone misread pair (`caf√©`, `Ã¼ber`, `25¬∞C`) is mojibake rather than correct text such as `√π`, `—à`
 * or `“é`: its lead must be √/¬ (Ã/Â), unless its second byte came through as a C1 control; √ before a mathematical sign only counts after a letter (`K√∂ln`, not `√∂`);
 * ¬ before one only next to a letter or digit (`25¬∞C`); a rare sign decoded only after a letter (never `2¬¶`).
 */
function plausiblePair(run: string, decoded: string, lead: number, table: Codec, left: string, right: string): boolean {
	// A C1 control (0x80 to 0x9F; every character a codec knows is 0x80 or above) is no character anyone types: after a
	// Windows-1252 lead it can only be a byte read as Latin-1.
	if (table === WINDOWS_1252() && run.charCodeAt(1) <= 0x9f) return LETTER().test(decoded);
	// Only the leads of the Latin-1 letters and signs (C2, C3) make a lone pair worth repairing.
	if (lead !== 0xc2 && lead !== 0xc3) return false;
	const mathSign = table === MAC_ROMAN() && MATH_SIGNS.includes(run[1]);
	if (mathSign && lead === 0xc3) return LETTER().test(left);
	if (RARE_SIGNS.test(decoded)) return LETTER().test(left);
	if (mathSign) return LETTER_OR_DIGIT().test(left) || LETTER_OR_DIGIT().test(right);
	return true;
}

/** Rejects overlong forms, surrogates and code points past Unicode's end. */
function isValidScalar(code: number, length: number): boolean {
	if (length === 2) return code >= 0x80;
	if (length === 3) return code >= 0x800 && (code < 0xd800 || code > 0xdfff);
	return code >= 0x10000 && code <= 0x10ffff;
}
