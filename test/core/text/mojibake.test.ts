import { normaliseText, repairMojibake, repairMojibakeCounted } from "../../../src/core/text/mojibake";
import { fixture } from "../../support/fixtures";

/** Produces the mojibake a UTF-8 text becomes when decoded as MacRoman, as the seed export did. */
function asMacRoman(text: string): string {
	return new TextDecoder("macintosh").decode(new TextEncoder().encode(text));
}

/** Windows-1252's characters for bytes 0x80–0x9F (unassigned ones as the C1 control), written out here as the oracle. */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Produces the mojibake a UTF-8 text becomes when decoded as Windows-1252 (Node's TextDecoder reads that label as Latin-1). */
function asWindows1252(text: string): string {
	return Array.from(new TextEncoder().encode(text), (byte) => (byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte))).join("");
}

/** The corpus of correct sentences, with the language group each sits under. */
function correctSentences(): { group: string; sentence: string }[] {
	let group = "";
	const out: { group: string; sentence: string }[] = [];
	for (const line of fixture("correct-sentences.txt").split("\n")) {
		if (line.startsWith("## ")) group = line.slice(3);
		else if (line !== "" && !line.startsWith("#")) out.push({ group, sentence: line });
	}
	return out;
}

describe("repairMojibake", () => {
	it("restores the seed's section emojis and curly apostrophes", () => {
		expect(repairMojibake("## \uf8ffüîç Definition")).toBe("## 🔍 Definition");
		expect(repairMojibake("[[Porter‚Äôs Five Forces]]")).toBe("[[Porter’s Five Forces]]");
		expect(repairMojibake("\uf8ffüß∞ Tools and \uf8ffüóÑÔ∏è Topics")).toBe("🧰 Tools and 🗄️ Topics");
	});

	it("undoes any UTF-8 text decoded as MacRoman", () => {
		const original = "Café “naïve” Zürich — 東京 🚀 1½ Straße";
		expect(repairMojibake(asMacRoman(original))).toBe(original);
	});

	it("leaves correct text with real accents untouched", () => {
		for (const text of ["café", "naïve", "Zürich", "“élan”", "Paris—à demain", "São Paulo", "¿Qué?", "Ærø", "50 µm ± 2", "√2 ≈ 1.414"]) {
			expect(repairMojibake(text)).toBe(text);
		}
	});

	it("repairs only the runs that decode cleanly and counts them", () => {
		const repair = repairMojibakeCounted("caf√© and Zürich and na√Øve");
		expect(repair).toEqual({ text: "café and Zürich and naïve", runs: 2 });
	});

	it("says there was nothing to repair in clean text, and returns it as it was", () => {
		const text = "plain ASCII\nwith lines";
		const repair = repairMojibakeCounted(text);
		expect(repair.runs).toBe(0);
		expect(repair.text).toBe(text);
	});

	it("undoes UTF-8 text decoded as Windows-1252, the more common misreading", () => {
		expect(repairMojibakeCounted("cafÃ©")).toEqual({ text: "café", runs: 1 });
		expect(repairMojibake("â€œquotedâ€\u009d")).toBe("“quoted”");
		expect(repairMojibake("Ã¼ber alles")).toBe("über alles");
		expect(repairMojibake("donâ€™t")).toBe("don’t");
		const original = "Café “naïve” Zürich — 東京 🚀 1½ Straße";
		expect(repairMojibake(asWindows1252(original))).toBe(original);
	});

	it.each(["√π", "√µ", "√∂", "√∑", "¬¶"])("leaves the mathematics %s alone, on its own and in a formula", (math) => {
		for (const text of [math, `x = ${math} + 1`, `(${math})`, `2${math}`, `${math}/2`]) {
			expect(repairMojibakeCounted(text)).toEqual({ text, runs: 0 });
		}
	});

	it("still repairs those pairs where they are letters inside a word", () => {
		expect(repairMojibake("K√∂ln und pi√π")).toBe("Köln und più");
		expect(repairMojibake("It is 25¬∞C")).toBe("It is 25°C");
	});

	it("repairs mojibake written right next to real non-Latin text", () => {
		expect(repairMojibake("東京\uf8ffüîç京")).toBe("東京🔍京");
	});

	it("keeps a run that is only partly mojibake as it was", () => {
		expect(repairMojibake("√©Ä")).toBe("√©Ä");
	});

	it("returns empty text for empty or non-text input instead of throwing", () => {
		expect(repairMojibake("")).toBe("");
		expect(repairMojibake(undefined as unknown as string)).toBe("");
	});
});

describe("normaliseText", () => {
	it("turns CRLF and lone CR into LF, drops NUL bytes and a BOM, and repairs mojibake, in one pass", () => {
		expect(normaliseText("\ufeffa\r\nb\rc\r\n\r\nd\0e caf√©\r\n")).toEqual({ text: "a\nb\nc\n\nde café\n", runs: 1, hadNul: true });
	});

	it("repairs mojibake that touches a line end", () => {
		expect(normaliseText("\uf8ffüîç\r\n‚Äô\r")).toEqual({ text: "🔍\n’\n", runs: 2, hadNul: false });
	});

	it("leaves clean LF text as it is", () => {
		expect(normaliseText("plain\nZürich\n")).toEqual({ text: "plain\nZürich\n", runs: 0, hadNul: false });
	});
});

describe("repairMojibake on a corpus of correct text", () => {
	const corpus = correctSentences();

	it("holds at least 200 sentences in at least 10 languages, with the mathematics, emoji and quotes that look like mojibake", () => {
		expect(corpus.length).toBeGreaterThanOrEqual(200);
		expect(new Set(corpus.map((entry) => entry.group)).size).toBeGreaterThanOrEqual(10);
		const all = corpus.map((entry) => entry.sentence).join("\n");
		for (const sample of ["√π", "√µ", "√∂", "√∑", "¬¶", "‚", "é", "ü", "Ω", "Щ", "ệ", "🚀"]) expect(all).toContain(sample);
	});

	it("repairs none of them: 0 false repairs", () => {
		const changed = corpus.filter(({ sentence }) => repairMojibakeCounted(sentence).runs !== 0 || repairMojibake(sentence) !== sentence);
		expect(changed.map((entry) => entry.sentence)).toEqual([]);
	});

	it("restores most of them from Mac Roman and from Windows-1252 mojibake, and never garbles one further", () => {
		for (const garble of [asMacRoman, asWindows1252]) {
			let restored = 0;
			for (const { sentence } of corpus) {
				const repaired = repairMojibake(garble(sentence));
				if (repaired === sentence) restored++;
				expect(repaired.length).toBeLessThanOrEqual(garble(sentence).length);
			}
			// Lone letters such as the Russian word "в" or a free-standing "½" stay garbled: too like correct text to touch.
			expect(restored / corpus.length).toBeGreaterThan(0.6);
		}
	});
});
