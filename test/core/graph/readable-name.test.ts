import { readableName } from "../../../src/core/graph/readable-name";

describe("readable names of graph pages", () => {
	it("names a profile page by its concept, in the group of its namespace", () => {
		expect(readableName("profile-(id)/pricing_info")).toEqual({ name: "Pricing", group: "profile" });
		expect(readableName("profile-(id)/sales-strategy_info")).toEqual({ name: "Sales strategy", group: "profile" });
	});

	it("does the same for other namespaces", () => {
		expect(readableName("activity-list/customer_visits_info")).toEqual({ name: "Customer visits", group: "activity-list" });
		expect(readableName("channels-(x7)/night-market")).toEqual({ name: "Night market", group: "channels" });
	});

	it("titles key and example pages by their last segment", () => {
		expect(readableName("profile-(id)/pricing/examples/Night market stall").name).toBe("Night market stall");
		expect(readableName("profile-(id)/pricing/Price sensitivity").name).toBe("Price sensitivity");
	});

	it("leaves a page outside any namespace in no group, and never yields an empty name", () => {
		expect(readableName("offer")).toEqual({ name: "Offer", group: "" });
		expect(readableName("___").name).toBe("___");
		expect(readableName("profile-(id)/_info").name).not.toBe("");
	});
});
