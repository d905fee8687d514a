import { bundledProfiles } from "../../../src/core/library/profiles";
import { ProfileCatalog } from "../../../src/core/catalog/profile-catalog";
import type { NoteMeta } from "../../../src/core/ports";

function note(path: string, extra: Partial<NoteMeta> = {}): NoteMeta {
	const basename = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return { path, basename, frontmatter: {}, tags: [], ...extra };
}

describe("ProfileCatalog", () => {
	const catalog = () => new ProfileCatalog(bundledProfiles, { profilesFolder: () => "Profiles" });

	it("offers the bundled profiles in an empty vault", () => {
		expect(catalog().byName("sales STRATEGY")?.path).toBeNull();
	});

	it("reads the bundled library once, when a profile is first asked for, not when the plugin starts", () => {
		const read = jest.fn(bundledProfiles);
		const c = new ProfileCatalog(read, { profilesFolder: () => "Profiles" });
		c.update("Profiles/Pricing.md", "# Pricing\n## Definition\nHow we charge.\n");
		expect(read).not.toHaveBeenCalled();
		expect(c.byName("Sales strategy")?.path).toBeNull();
		c.update("Profiles/Other.md", "# Other\n");
		expect(c.all().map((entry) => entry.profile.name)).toContain("Sales strategy");
		expect(read).toHaveBeenCalledTimes(1);
	});

	it("recognises profile pages by folder, front matter, tag or Logseq file name, and nothing else", () => {
		const c = catalog();
		expect(c.wants(note("Profiles/Pricing.md"))).toBe(true);
		expect(c.wants(note("Elsewhere/Pricing.md", { frontmatter: { type: "Profile" } }))).toBe(true);
		expect(c.wants(note("Elsewhere/Pricing.md", { tags: ["profile"] }))).toBe(true);
		expect(c.wants(note("pages/profile___pricing.md"))).toBe(true);
		expect(c.wants(note("Ventures/Exotic Pet Rental.md", { frontmatter: { type: "venture" }, tags: ["profiles-later"] }))).toBe(false);
		expect(c.wants(note("ProfilesArchive/Old.md"))).toBe(false);
	});

	it("reads the rules in any case, and follows the profiles folder setting as it changes, slashes around it ignored", () => {
		let folder = " /Concepts/";
		const c = new ProfileCatalog(bundledProfiles, { profilesFolder: () => folder.trim() });
		expect(c.wants(note("Concepts/Pricing.md"))).toBe(true);
		expect(c.wants(note("Profiles/Pricing.md"))).toBe(false);
		expect(c.wants(note("Elsewhere/Pricing.md", { tags: ["PROFILE"] }))).toBe(true);
		expect(c.wants(note("pages/Profile___Pricing.md"))).toBe(true);
		expect(c.wants(note("pages/profile__pricing.md"))).toBe(false);
		expect(c.wants(note("pages/profiles.md", { frontmatter: { type: "profiles" } }))).toBe(false);
		folder = "Profiles";
		expect(c.wants(note("Profiles/Pricing.md"))).toBe(true);
		expect(c.wants(note("Concepts/Pricing.md"))).toBe(false);
		folder = "";
		expect(c.wants(note("Profiles/Pricing.md"))).toBe(false);
	});

	it("lets a vault profile win over the bundled one of the same name, and falls back when it is removed", () => {
		const c = catalog();
		c.update("Profiles/Sales.md", "# Sales strategy\n## Definition\nOur own words.\n");
		expect(c.byName("Sales strategy")?.profile.definition).toBe("Our own words.");
		expect(c.all().filter((entry) => entry.profile.name === "Sales strategy")).toHaveLength(1);
		c.remove("Profiles/Sales.md");
		expect(c.byName("Sales strategy")?.path).toBeNull();
	});

	it("names a page without a title after its file, Logseq namespace stripped", () => {
		const c = catalog();
		c.update("pages/profile___pricing strategy.md", "- ## Definition\n  - how prices are set.\n");
		expect(c.byPath("pages/profile___pricing strategy.md")?.profile.name).toBe("pricing strategy");
		expect(c.byName("Pricing Strategy")?.profile.definition).toBe("how prices are set.");
	});

	it("matches names across curly and straight apostrophes", () => {
		const c = catalog();
		c.update("Profiles/Porter.md", "# Porter’s view\n");
		expect(c.byName("porter's view")?.path).toBe("Profiles/Porter.md");
	});

	it("tells listeners about each change until they unsubscribe", () => {
		const c = catalog();
		let calls = 0;
		const stop = c.onChange(() => calls++);
		c.update("Profiles/A.md", "# A\n");
		c.remove("Profiles/A.md");
		c.remove("Profiles/never-there.md");
		stop();
		c.update("Profiles/B.md", "# B\n");
		expect(calls).toBe(2);
	});
});
