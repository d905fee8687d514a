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

/** A maximal run of characters that MacRoman can hold above ASCII: the only places mojibake can be. */
const HIGH_RUN = new RegExp(`[${escapeForClass(MAC_ROMAN_HIGH)}]{2,}`, "g");

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
	let runs = 0;
	const repaired = text.replace(HIGH_RUN, (run) => {
		const decoded = decodeRun(run);
		if (decoded === null) return run;
		runs++;
		return decoded;
	});
	return { text: runs === 0 ? text : repaired, runs };
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

function escapeForClass(chars: string): string {
	return chars.replace(/[\\\]^-]/g, "\\$&");
}
