/**
 * Mojibake repair: undoes UTF-8 text that was decoded as MacRoman, as Logseq exports
 * opened on old Macs produce (`üîç` for 🔍, `‚Äô` for ’).
 */

/** The characters MacRoman gives bytes 0x80 to 0xFF, in byte order. */
const MAC_ROMAN_HIGH =
	"ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

const BYTE_OF_CHAR: ReadonlyMap<number, number> = new Map(
	Array.from(MAC_ROMAN_HIGH, (ch, i) => [ch.charCodeAt(0), 0x80 + i] as [number, number]),
);

/** A run of two or more non-ASCII characters: the only places mojibake can be (a plain class scans far faster than MacRoman's). */
const NON_ASCII_RUN = /[\u0080-\uffff]{2,}/g;

/** Two-byte sequences whose lead is √ or ¬ (Latin-1 letters and signs) are the common, unambiguous case. */
const COMMON_TWO_BYTE_LEADS = new Set([0xc2, 0xc3]);

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
	if (typeof text !== "string" || text.length < 2) return { text: typeof text === "string" ? text : "", runs: 0 };
	const counter = { runs: 0 };
	const repaired = text.replace(NON_ASCII_RUN, (run) => repairRun(run, counter));
	return { text: counter.runs === 0 ? text : repaired, runs: counter.runs };
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
		if (run.indexOf("\r") === -1 && run.indexOf("\0") === -1) return repairRun(run, counter);
		let out = "";
		let pending = "";
		for (let i = 0; i < run.length; i++) {
			const c = run[i];
			if (c !== "\0" && c !== "\r") {
				pending += c;
				continue;
			}
			out += repairRun(pending, counter);
			pending = "";
			if (c === "\0") hadNul = true;
			else if ((i + 1 < run.length ? run[i + 1] : whole[offset + run.length]) !== "\n") out += "\n";
		}
		return out + repairRun(pending, counter);
	});
	return { text: normalised, runs: counter.runs, hadNul };
}

/** Repairs the MacRoman-encodable stretches of a non-ASCII run that decode cleanly; counts each one repaired. */
function repairRun(run: string, counter: { runs: number }): string {
	if (run.length < 2) return run;
	const whole = decodeRun(run);
	if (whole !== null) {
		counter.runs++;
		return whole;
	}
	let out = "";
	let start = 0;
	for (let i = 0; i <= run.length; i++) {
		if (i < run.length && BYTE_OF_CHAR.has(run.charCodeAt(i))) continue;
		const piece = run.slice(start, i);
		const decoded = piece.length >= 2 ? decodeRun(piece) : null;
		if (decoded !== null) counter.runs++;
		out += (decoded ?? piece) + (i < run.length ? run[i] : "");
		start = i + 1;
	}
	return out;
}

/** Decodes a run whose every character is part of a valid UTF-8 sequence; null when any is not. */
function decodeRun(run: string): string | null {
	let out = "";
	let sequences = 0;
	let onlyUncommonPairs = true;
	let i = 0;
	while (i < run.length) {
		const lead = BYTE_OF_CHAR.get(run.charCodeAt(i));
		if (lead === undefined) return null;
		const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
		if (length === 0 || i + length > run.length) return null;
		let code = length === 2 ? lead & 0x1f : length === 3 ? lead & 0x0f : lead & 0x07;
		for (let k = 1; k < length; k++) {
			const byte = BYTE_OF_CHAR.get(run.charCodeAt(i + k));
			if (byte === undefined || byte > 0xbf) return null;
			code = (code << 6) | (byte & 0x3f);
		}
		if (!isValidScalar(code, length)) return null;
		if (length > 2 || COMMON_TWO_BYTE_LEADS.has(lead)) onlyUncommonPairs = false;
		out += String.fromCodePoint(code);
		sequences++;
		i += length;
	}
	// A lone pair such as “é or —à is far more likely real punctuation before an accent than mojibake.
	if (sequences === 1 && onlyUncommonPairs) return null;
	return out;
}

/** Rejects overlong forms, surrogates and code points past Unicode's end. */
function isValidScalar(code: number, length: number): boolean {
	if (length === 2) return code >= 0x80;
	if (length === 3) return code >= 0x800 && (code < 0xd800 || code > 0xdfff);
	return code >= 0x10000 && code <= 0x10ffff;
}
