import { parseProfile } from "../../../src/core/profile/parse";
import { profileView, renderProfile } from "../../../src/core/profile/render";

const PAGE = "# Pricing\n\n## Definition\nWhat we charge.\n\n## Keys\n- [[toString]]\n- [[__proto__]]\n  key-weight:: 3\n- [[constructor]]\n  key-weight:: 5\n- [[hasOwnProperty]]\n";

describe("profile keys named like Object.prototype's members", () => {
	it("reads them as plain names, with the weights written under them", () => {
		const profile = parseProfile(PAGE);
		expect(profile.keys).toEqual(["toString", "__proto__", "constructor", "hasOwnProperty"]);
		expect(Object.getOwnPropertyDescriptor(profile.keyWeights, "__proto__")?.value).toBe(3);
		expect(Object.getOwnPropertyDescriptor(profile.keyWeights, "constructor")?.value).toBe(5);
		expect(Object.getPrototypeOf(profile.keyWeights)).toBe(Object.prototype);
		expect(profile.warnings.filter((warning) => warning.startsWith("Keys"))).toEqual([]);
	});

	it("gives a template no inherited value for a key without a weight", () => {
		const items = profileView(parseProfile(PAGE)).keyItems as { name: string; weight: unknown; weighted: boolean }[];
		expect(items).toEqual([
			{ name: "toString", weight: undefined, weighted: false },
			{ name: "__proto__", weight: 3, weighted: true },
			{ name: "constructor", weight: 5, weighted: true },
			{ name: "hasOwnProperty", weight: undefined, weighted: false },
		]);
	});

	it("writes every key and weight back in both flavours", () => {
		for (const flavor of ["obsidian", "logseq"] as const) {
			const page = renderProfile(parseProfile(PAGE), { flavor });
			if (!page.ok) throw new Error(page.error.message);
			expect(page.value).toMatch(/\[\[__proto__\]\]\n\s+key-weight:: 3\n/);
			expect(page.value).toMatch(/\[\[constructor\]\]\n\s+key-weight:: 5\n/);
			expect(parseProfile(page.value).keys).toEqual(["toString", "__proto__", "constructor", "hasOwnProperty"]);
		}
	});
});
