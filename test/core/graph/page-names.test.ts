import { fileNameOfPage, linkedPageName, pageKey, pageNameOfFile } from "../../../src/core/graph/page-names";

describe("graph page names", () => {
	it("reads namespaces joined with ___ and URL-escaped characters", () => {
		expect(pageNameOfFile("profile-(id)___pricing_info")).toBe("profile-(id)/pricing_info");
		expect(pageNameOfFile("profile-(id)___customer-segments___Who pays%3F")).toBe("profile-(id)/customer-segments/Who pays?");
		expect(pageNameOfFile("stars%2Aand%2Fslashes")).toBe("stars*and/slashes");
		expect(pageNameOfFile("caf%C3%A9")).toBe("café");
	});

	it("keeps a malformed escape as written instead of failing", () => {
		expect(pageNameOfFile("100%ZZ sure %E2")).toBe("100%ZZ sure %E2");
	});

	it("writes the file name back so that reading it gives the same page name", () => {
		for (const name of ["profile-(id)/pricing/Who pays?", "a*b", "plain page", "x/y/z", "50% off: why"]) {
			expect(pageNameOfFile(fileNameOfPage(name))).toBe(name);
		}
		expect(fileNameOfPage("profile-(id)/pricing/Who pays?")).toBe("profile-(id)___pricing___Who pays%3F");
	});

	it("compares names without case or doubled spaces", () => {
		expect(pageKey(" Profile-(ID)/Pricing  Info ")).toBe(pageKey("profile-(id)/pricing info"));
	});

	it("takes the page a link, tag or aliased link names", () => {
		expect(linkedPageName("[[key]]")).toBe("key");
		expect(linkedPageName("#[[offer]]")).toBe("offer");
		expect(linkedPageName("[[Porter's Five Forces|Porter]]")).toBe("Porter's Five Forces");
	});
});
