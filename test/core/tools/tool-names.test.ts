import { foldToolName } from "../../../src/core/tools/tool-names";

describe("foldToolName", () => {
	it("matches straight and curly apostrophes, case and extra spaces", () => {
		const folded = foldToolName("Porter's Five Forces");
		expect(foldToolName("Porter’s five  forces")).toBe(folded);
		expect(foldToolName("  PORTER‘S\tFive\u00a0Forces ")).toBe(folded);
	});

	it("matches a name left in MacRoman mojibake by a Logseq export", () => {
		expect(foldToolName("Porter‚Äôs Five Forces")).toBe(foldToolName("Porter's Five Forces"));
	});

	it("matches composed and decomposed accents", () => {
		expect(foldToolName("Re\u0301sume\u0301")).toBe(foldToolName("Résumé"));
	});

	it("keeps different names apart", () => {
		expect(foldToolName("Porters Five Forces")).not.toBe(foldToolName("Porter's Five Forces"));
	});
});
