import { repairEncoding } from "../../../src/core/commands/repair-encoding";
import { applyChanges } from "../../../src/core/text/text-change";
import { fixture } from "../../support/fixtures";

describe("repairEncoding", () => {
	it("repairs every garbled run of the seed in one change and counts them", () => {
		const seed = fixture("logseq-seed-sales-strategy.md");
		const repair = repairEncoding(seed);
		expect(repair.runs).toBe(9);
		expect(repair.message).toBe("Repaired 9 garbled runs of text (UTF-8 that had been read as Mac Roman).");
		const repaired = applyChanges(seed, repair.change ? [repair.change] : []);
		expect(repaired).toContain("- ## 🔍 Definition");
		expect(repaired).toContain("[[Porter’s Five Forces]]");
		expect(repaired).not.toContain("üîç");
	});

	it("changes only the span between the first and last repair", () => {
		const garbled = "\uf8ffüîç";
		const text = `Intro stays.\n- ## ${garbled} Definition\nOutro stays.`;
		const repair = repairEncoding(text);
		expect(repair.change).toEqual({ from: 18, to: 22, insert: "🔍" });
		expect(repair.message).toBe("Repaired 1 garbled run of text (UTF-8 that had been read as Mac Roman).");
	});

	it("says there was nothing to repair, and changes nothing, in clean text and real accents", () => {
		for (const text of ["", "Plain text.", "Café, naïve, “quotes” — and 🚀", "\u0000binary\u0001"]) {
			expect(repairEncoding(text)).toEqual({ change: null, runs: 0, message: "No garbled text found in this note: nothing was changed." });
		}
	});
});
