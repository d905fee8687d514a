import { graphPageKind } from "../../../src/core/graph/page-kind";
import { fixture } from "../../support/graph-files";

describe("what kind a graph page is", () => {
	it("recognises profile pages by their properties and sections, mojibake headings included", () => {
		expect(graphPageKind("profile-(id)/pricing_info", fixture("graph-profile-pricing-two-keys.md"))).toBe("profile");
		expect(graphPageKind("profile-(id)/sales-channels_info", fixture("graph-profile-sales-channels-mojibake.md"))).toBe("profile");
	});

	it("never takes a key, example, class, topic, marker, journal or guide page for a profile", () => {
		expect(graphPageKind("profile-(id)/pricing/Price sensitivity", fixture("graph-key-page-price-sensitivity.md"))).toBe("key");
		expect(graphPageKind("profile-(id)/pricing/examples/Night market stall", fixture("graph-example-night-market-stall.md"))).toBe("example");
		expect(graphPageKind("offer", fixture("graph-class-page-offer.md"))).toBe("class");
		expect(graphPageKind("revenue", fixture("graph-topic-page-revenue.md"))).toBe("topic");
		expect(graphPageKind("draft", fixture("graph-marker-page-draft.md"))).toBe("other");
		expect(graphPageKind("2026_11_30", fixture("graph-journal-page.md"))).toBe("other");
		expect(graphPageKind("reading guide", fixture("graph-guide-query-page.md"))).toBe("other");
	});

	it("does not call a page a profile for its properties alone, nor for its sections alone", () => {
		expect(graphPageKind("x", "innbok-type:: internal\n\n- Just a note.\n")).toBe("other");
		expect(graphPageKind("x", "- ## Definition\n\t- a thing\n- ## Keys\n")).toBe("other");
		expect(graphPageKind("x", "metamodel-id:: [[m]]\n\n- ## Definition\n\t- a thing\n- ## Keys\n")).toBe("profile");
	});

	it("keeps a page under an examples namespace an example even when it looks like a profile", () => {
		const lookalike = fixture("graph-profile-pricing-two-keys.md");
		expect(graphPageKind("profile-(id)/pricing/examples/Copied profile", lookalike)).toBe("example");
	});

	it("judges a 1 MB page by its top, as quickly as a small one", () => {
		const huge = `${fixture("graph-profile-pricing-two-keys.md")}${"\t- more description text\n".repeat(45_000)}`;
		expect(huge.length).toBeGreaterThan(1_000_000);
		expect(graphPageKind("profile-(id)/pricing_info", huge)).toBe("profile");
		expect(graphPageKind("x", `- ## Definition\n${"\t- text\n".repeat(150_000)}- ## Keys\nmetamodel-id:: [[m]]\n`)).toBe("other");
	});

	it("reads empty, binary and CRLF pages without failing", () => {
		expect(graphPageKind("x", "")).toBe("other");
		expect(graphPageKind("x", "\0\0\u0001binary")).toBe("other");
		expect(graphPageKind("x", "metamodel-id:: [[m]]\r\n\r\n- ## Definition\r\n- ## Examples\r\n")).toBe("profile");
	});
});
