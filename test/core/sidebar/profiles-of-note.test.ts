import { bundledProfiles } from "../../../src/core/library/profiles";
import { isProfilePage, profilesOfNote, scanNote } from "../../../src/core/sidebar";
import { fixture } from "../../support/fixtures";
import { memoryVault } from "../../support/profile-lookup";

const SALES = fixture("logseq-seed-sales-strategy.md");
const PRICING = "---\ntype: profile\n---\n# Pricing\n\n## 🔍 Definition\nHow a venture sets its prices.\n\n## 🤖 innCoPilot\n- What do customers pay today?\n";
const bundled = bundledProfiles().map((profile) => ({ profile, path: null }));
const vault = memoryVault({ "Profiles/Sales strategy.md": SALES, "Profiles/Pricing.md": PRICING, "Ventures/Pets.md": "# Pets" });

/** The names of the profiles that apply to `note` (at `path`), each with why. */
function applied(note: string, path = "Ventures/Pets.md", where = vault): string[] {
	return profilesOfNote(scanNote(note), path, where.lookup, where.resolve).applied.map((each) => `${each.profile.name} (${each.reason})`);
}

describe("profilesOfNote", () => {
	it("finds the profile pages a note links to, in order of appearance, each once", () => {
		expect(applied("See [[Pricing]] and [[Sales strategy|how we sell]], then [[Pricing#Definition]] again.")).toEqual([
			"Pricing (linked)",
			"Sales strategy (linked)",
		]);
	});

	it("follows Markdown links to profile pages", () => {
		expect(applied("See [the price](../Profiles/Pricing.md).")).toEqual(["Pricing (linked)"]);
		expect(applied("See [sales](Sales%20strategy.md).")).toEqual(["Sales strategy (linked)"]);
	});

	it("ignores links to ordinary notes, web links and links inside code", () => {
		expect(applied("[[Pets]] [site](https://example.com/Pricing.md)\n```\n[[Pricing]]\n```")).toEqual([]);
	});

	it.each([
		["a YAML list", "profiles:\n  - Pricing\n  - Sales strategy"],
		["a flow list", "profiles: [Pricing, Sales strategy]"],
		["a flow list of links", 'profiles: ["[[Pricing]]", "[[Sales strategy]]"]'],
		["a list of links with labels", 'profiles:\n  - "[[Pricing|price]]"\n  - "[[Sales strategy]]"'],
	])("reads the profiles recorded as %s", (_name, yaml) => {
		expect(applied(`---\n${yaml}\n---\n# Pets`)).toEqual(["Pricing (recorded)", "Sales strategy (recorded)"]);
	});

	it("reads a single recorded profile written as a plain string or a link", () => {
		expect(applied("---\nprofiles: Pricing\n---\n")).toEqual(["Pricing (recorded)"]);
		expect(applied('---\nprofiles: "[[pricing]]"\n---\n')).toEqual(["Pricing (recorded)"]);
	});

	it("reads a Logseq profiles:: property", () => {
		expect(applied("profiles:: [[Pricing]]\n\n- Pets")).toEqual(["Pricing (recorded)"]);
	});

	it("lists recorded profiles first, then linked ones, never one twice", () => {
		expect(applied("---\nprofiles: [Sales strategy]\n---\n[[Pricing]] [[Sales strategy]]")).toEqual([
			"Sales strategy (recorded)",
			"Pricing (linked)",
		]);
	});

	it("reports recorded names that match no profile", () => {
		const note = "---\nprofiles: [Pricing, Growth hacking]\n---\n";
		expect(profilesOfNote(scanNote(note), "Ventures/Pets.md", vault.lookup, vault.resolve).missing).toEqual(["Growth hacking"]);
	});

	it("falls back to a bundled profile when a link leads to no page", () => {
		const empty = memoryVault({}, bundled);
		expect(applied("We follow [[Sales strategy]].", "Pets.md", empty)).toEqual(["Sales strategy (linked)"]);
		expect(applied("---\nprofiles: [sales strategy]\n---\n", "Pets.md", empty)).toEqual(["Sales strategy (recorded)"]);
	});

	it("does not fall back to a profile when the link leads to an ordinary note of that name", () => {
		const shadowed = memoryVault({ "Notes/Sales strategy.md": "my notes" }, bundled);
		expect(applied("[[Sales strategy]]", "Pets.md", shadowed)).toEqual([]);
	});

	it("makes a profile page about itself only, read from its live text, not about the profiles it links to", () => {
		const edited = SALES.replace("What could it be?", "What could it be?\n  Who buys first?");
		const found = profilesOfNote(scanNote(edited + "\n[[Pricing]]"), "Profiles/Sales strategy.md", vault.lookup, vault.resolve);
		expect(found.applied.map((each) => [each.profile.name, each.reason, each.path])).toEqual([["Sales strategy", "page", "Profiles/Sales strategy.md"]]);
		expect(found.applied[0].profile.copilot.questions).toContain("Who buys first?");
	});

	it("names a profile page without a title after its file", () => {
		const note = "---\ntype: profile\n---\n## Definition\nx";
		expect(applied(note, "Drafts/Partnerships.md")).toEqual(["Partnerships (page)"]);
	});
});

describe("isProfilePage", () => {
	const none = memoryVault({});
	const is = (note: string) => isProfilePage(scanNote(note), "Drafts/x.md", none.lookup);

	it("recognises the seed by its #profile title, and pages by type, tags or Logseq title", () => {
		expect(is(SALES)).toBe(true);
		expect(is("---\ntype: profile\n---\n")).toBe(true);
		expect(is("---\ntags: [venture, Profile]\n---\n")).toBe(true);
		expect(is("title:: profile/pricing\n- x")).toBe(true);
	});

	it("recognises a hand-written page by its copilot section and two other known sections", () => {
		expect(is("# Pricing\n## Definition\nx\n## Keys\n## innCoPilot\n- Why?")).toBe(true);
		expect(is("# Pricing\n## Definition\nx\n## innCoPilot\n- Why?")).toBe(false);
	});

	it("trusts the host's index for pages it knows by path", () => {
		expect(isProfilePage(scanNote("# Anything"), "Profiles/Pricing.md", vault.lookup)).toBe(true);
	});

	it("does not take a venture note, or a note that only mentions #profile in its text, for a profile page", () => {
		expect(is("---\ntype: venture\n---\n# Pets\nOur #profile is young.\n## Definition\nPets.")).toBe(false);
	});
});
