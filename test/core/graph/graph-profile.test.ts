import { resolveGraphProfile } from "../../../src/core/graph/graph-profile";
import { emptyProfile } from "../../../src/core/profile/profile";

describe("a graph profile's key pages", () => {
	it("lists a key whose page is missing with nothing read, its profile's weight kept, and says so", () => {
		const profile = { ...emptyProfile("pricing"), keys: ["profile-(id)/pricing/Cost floor"], keyWeights: { "profile-(id)/pricing/Cost floor": 35 } };
		const resolved = resolveGraphProfile(profile, "profile-(id)/pricing_info", { pageText: () => null, keyPage: () => null });
		expect(resolved.keyPages).toEqual([{ name: "profile-(id)/pricing/Cost floor", title: "Cost floor", brief: "", questions: [], risks: [], todos: [], weight: 35 }]);
		expect(resolved.warnings).toContain('The key page "profile-(id)/pricing/Cost floor" was not found in the graph.');
	});
});
