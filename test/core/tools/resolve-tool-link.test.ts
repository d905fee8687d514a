import { bundledTools } from "../../../src/core/library/tools";
import { capSummary, resolveToolLink, SUMMARY_LIMIT } from "../../../src/core/tools/resolve-tool-link";
import { ToolCatalog } from "../../../src/core/tools/tool-catalog";
import { NO_ANNOTATIONS, readToolAnnotations } from "../../../src/core/tools/tools-section";

const ANSOFF_NOTE = "---\ntype: tool\nsummary: Our own words on the grid.\naliases: [Growth grid]\n---\n# Ansoff Matrix";
const SALES = ["## Tools", "- [[Ansoff Matrix]]", "  - How the grid helps sales.", "- [[Blue Ocean]]", "  - Uncontested markets for sales."];

function setUp() {
	const catalog = new ToolCatalog(bundledTools, { toolsFolder: () => "Tools" });
	return { catalog, annotations: readToolAnnotations(SALES) };
}

describe("resolveToolLink", () => {
	it("prefers the vault's tool note over the note's own annotation and the library", () => {
		const { catalog, annotations } = setUp();
		catalog.update("Tools/Ansoff Matrix.md", ANSOFF_NOTE);
		expect(resolveToolLink(catalog, "Ansoff Matrix", { annotations })).toEqual({
			name: "Ansoff Matrix",
			summary: "Our own words on the grid.",
			source: "vault",
			path: "Tools/Ansoff Matrix.md",
		});
	});

	it("prefers the note's own annotation over the library, also when the link uses an alias of the annotated tool", () => {
		const { catalog, annotations } = setUp();
		expect(resolveToolLink(catalog, "Ansoff Matrix", { annotations })).toMatchObject({ summary: "How the grid helps sales.", source: "note", path: null });
		expect(resolveToolLink(catalog, "Ansoff Grid", { annotations })).toMatchObject({ name: "Ansoff Matrix", source: "note" });
		expect(resolveToolLink(catalog, "Blue Ocean Strategy", { annotations })).toMatchObject({ summary: "Uncontested markets for sales." });
	});

	it("falls back to the bundled library, by name or alias across apostrophes and case", () => {
		const { catalog } = setUp();
		const porter = resolveToolLink(catalog, "porter’s 5 forces", { annotations: NO_ANNOTATIONS });
		expect(porter).toMatchObject({ name: "Porter's Five Forces", source: "bundled", path: null });
		expect(porter?.summary).toMatch(/^Michael Porter's model/);
	});

	it("matches a vault note by alias, by path and with a .md extension", () => {
		const { catalog } = setUp();
		catalog.update("Tools/Ansoff Matrix.md", ANSOFF_NOTE);
		for (const target of ["Growth grid", "Tools/Ansoff Matrix", "Ansoff Matrix.md"]) {
			expect(resolveToolLink(catalog, target, { annotations: NO_ANNOTATIONS })?.path).toBe("Tools/Ansoff Matrix.md");
		}
	});

	it("follows the host's link resolution: a link to a note that is not a tool gets nothing", () => {
		const { catalog, annotations } = setUp();
		expect(resolveToolLink(catalog, "Ansoff Matrix", { annotations, linkedPath: "Notes/Ansoff Matrix.md" })).toBeNull();
		catalog.update("Tools/Ansoff Matrix.md", ANSOFF_NOTE);
		expect(resolveToolLink(catalog, "Ansoff", { annotations, linkedPath: "Tools/Ansoff Matrix.md" })?.source).toBe("vault");
		expect(resolveToolLink(catalog, "Ansoff Matrix", { annotations, linkedPath: null })?.source).toBe("vault");
	});

	it("gives nothing for links that name no tool, or no note at all", () => {
		const { catalog, annotations } = setUp();
		for (const target of ["Sales strategy", "", "  ", "Tools/"]) expect(resolveToolLink(catalog, target, { annotations })).toBeNull();
	});

	it("keeps the vault note's path for the page preview when the note has no summary yet", () => {
		const { catalog } = setUp();
		catalog.update("Tools/Customer Persona.md", "---\ntype: tool\n---\n# Customer Persona\n");
		expect(resolveToolLink(catalog, "Customer Persona", { annotations: NO_ANNOTATIONS })).toMatchObject({
			source: "bundled",
			path: "Tools/Customer Persona.md",
		});
	});

	it("caps a long summary and says so with an ellipsis", () => {
		const { catalog } = setUp();
		catalog.update("Tools/Long.md", `${"word ".repeat(400)}end.`);
		const long = resolveToolLink(catalog, "Long", { annotations: NO_ANNOTATIONS });
		expect(long?.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT + 1);
		expect(long?.summary.endsWith("word…")).toBe(true);
	});
});

describe("capSummary", () => {
	it("leaves a short summary as it is", () => {
		expect(capSummary("  Short.  ")).toBe("Short.");
	});

	it("cuts at a word, drops trailing punctuation and never leaves a link half open", () => {
		expect(capSummary("alpha beta, gamma delta", 12)).toBe("alpha beta…");
		expect(capSummary("see the [[Business Model Canvas]] here", 20)).toBe("see the…");
	});

	it("never splits an emoji when a word is longer than the limit", () => {
		const cut = capSummary("🧰".repeat(20), 9);
		expect(cut).toBe(`${"🧰".repeat(4)}…`);
	});
});
