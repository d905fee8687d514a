import { bundledProfiles } from "../../../src/core/library/profiles";
import { bundledTools } from "../../../src/core/library/tools";

describe("the bundled library", () => {
	it("holds the Sales strategy profile, repaired and complete", () => {
		const sales = bundledProfiles().find((profile) => profile.name === "Sales strategy");
		expect(sales).toBeDefined();
		expect(sales?.warnings).toEqual([]);
		expect(sales?.copilot.questions).toHaveLength(5);
		expect(sales?.examples).toHaveLength(5);
		expect(sales?.tools.map((tool) => tool.name)).toContain("Porter’s Five Forces");
		expect(JSON.stringify(sales)).not.toMatch(/üîç|‚Äô|\uf8ff/);
	});

	it("summarises every tool the bundled profiles link to", () => {
		const fold = (name: string) => name.toLowerCase().replace(/[’‘]/g, "'");
		const known = new Set(bundledTools().flatMap((tool) => [tool.name, ...tool.aliases].map(fold)));
		for (const profile of bundledProfiles()) {
			for (const tool of profile.tools) expect(known).toContain(fold(tool.name));
		}
	});

	it("keeps each tool summary to one to three sentences", () => {
		expect(bundledTools().length).toBeGreaterThanOrEqual(7);
		for (const tool of bundledTools()) {
			const sentences = tool.summary.split(/[.!?]\s+(?=[A-Z])/);
			expect(sentences.length).toBeGreaterThanOrEqual(1);
			expect(sentences.length).toBeLessThanOrEqual(3);
			expect(tool.summary).toMatch(/[.!?]$/);
		}
	});

	it("gives every tool a distinct name and aliases that belong to it alone", () => {
		const all = bundledTools().flatMap((tool) => [tool.name, ...tool.aliases].map((name) => name.toLowerCase()));
		expect(new Set(all).size).toBe(all.length);
	});
});
