import { normaliseText, repairMojibake, repairMojibakeCounted } from "../../../src/core/text/mojibake";

/** Produces the mojibake a UTF-8 text becomes when decoded as MacRoman, as the seed export did. */
function asMacRoman(text: string): string {
	return new TextDecoder("macintosh").decode(new TextEncoder().encode(text));
}

describe("repairMojibake", () => {
	it("restores the seed's section emojis and curly apostrophes", () => {
		expect(repairMojibake("## \uf8ffüîç Definition")).toBe("## 🔍 Definition");
		expect(repairMojibake("[[Porter‚Äôs Five Forces]]")).toBe("[[Porter’s Five Forces]]");
		expect(repairMojibake("\uf8ffüß∞ Tools and \uf8ffüóÑÔ∏è Topics")).toBe("🧰 Tools and 🗄️ Topics");
	});

	it("undoes any UTF-8 text decoded as MacRoman", () => {
		const original = "Café “naïve” Zürich — 東京 🚀 ½ ß";
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
