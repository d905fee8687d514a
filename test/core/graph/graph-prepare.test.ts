import { graphVault } from "../../support/graph-vault";

describe("reading graph profiles ahead of the picker", () => {
	it("reads a few profiles per call until none is left, and then lists them as before", () => {
		const { catalog } = graphVault();
		const calls: boolean[] = [];
		for (let more = true; more && calls.length < 10; ) calls.push((more = catalog.prepare(1)));
		expect(calls).toEqual([true, true, false]);
		expect(catalog.prepare(1)).toBe(false);
		expect(catalog.byName("Pricing")?.profile.keyPages).toHaveLength(2);
	});
});
