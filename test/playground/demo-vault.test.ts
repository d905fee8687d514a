// The demo vault is where a newcomer tries every feature the README names; these check that each has something to work on.
import { ProfileCatalog } from "../../src/core/catalog/profile-catalog";
import { pageFlavor } from "../../src/core/commands/convert-flavor";
import { MemoryVault } from "../../src/core/host/memory-vault";
import { bundledProfiles } from "../../src/core/library/profiles";
import { bundledTools } from "../../src/core/library/tools";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import { repairMojibakeCounted } from "../../src/core/text/mojibake";
import { resolveToolLink, type SummarySource } from "../../src/core/tools/resolve-tool-link";
import { ToolCatalog } from "../../src/core/tools/tool-catalog";
import { readToolAnnotations } from "../../src/core/tools/tools-section";
import { renderWorksheet } from "../../src/core/worksheet/render-worksheet";
import { stripMarkers } from "../../src/core/worksheet/worksheet-view";
import { DEMO_NOTES } from "../../playground/demo-notes";

const TABLE_TEMPLATE = "Templates/Worksheet as a table.md";

/** The demo notes in an in-memory vault with both catalogs, as the playground loads them. */
function demoVault() {
	const profiles = new ProfileCatalog(bundledProfiles, { profilesFolder: () => DEFAULT_SETTINGS.profilesFolder });
	const tools = new ToolCatalog(bundledTools, { toolsFolder: () => DEFAULT_SETTINGS.toolsFolder });
	const vault = new MemoryVault([profiles, tools]);
	for (const [path, text] of Object.entries(DEMO_NOTES)) vault.write(path, text);
	return { vault, profiles, tools };
}

/** The vault's own profiles: their names, paths and page texts. */
function vaultProfiles() {
	const { profiles } = demoVault();
	return profiles.all().flatMap(({ profile, path }) => (path === null ? [] : [{ profile, path, text: DEMO_NOTES[path] }]));
}

describe("the demo vault", () => {
	it("holds several profiles in both flavours, one of them a Logseq profile___name page", () => {
		const found = vaultProfiles();
		expect(found.map(({ profile }) => profile.name).sort()).toEqual(["Customer channels", "Pricing strategy", "Revenue streams", "Sales strategy"]);
		expect(new Set(found.map(({ text }) => pageFlavor(text)))).toEqual(new Set(["logseq", "obsidian"]));
		expect(found.map(({ path }) => path)).toContain("Profiles/profile___customer channels.md");
	});

	it("reads every profile without a warning, each with a definition, questions, examples and worksheet steps", () => {
		const engine = new TemplateEngine();
		for (const { profile, path } of vaultProfiles()) {
			expect({ path, warnings: profile.warnings }).toEqual({ path, warnings: [] });
			expect(profile.definition).not.toBe("");
			expect(profile.copilot.questions.length).toBeGreaterThanOrEqual(3);
			expect(profile.examples.length).toBeGreaterThanOrEqual(2);
			const worksheet = renderWorksheet(profile, engine);
			if (!worksheet.ok) throw new Error(worksheet.error);
			expect(worksheet.value.fields.length).toBeGreaterThanOrEqual(3);
		}
	});

	it("has a venture whose Pricing strategy worksheet is filled: every step the bundled template writes has an answer", () => {
		const { profiles } = demoVault();
		const venture = DEMO_NOTES["Ventures/Underwater Restaurant.md"];
		expect(venture).toMatch(/^profiles: \[Pricing strategy\]$/m);
		const pricing = profiles.byName("Pricing strategy");
		if (!pricing) throw new Error("no Pricing strategy profile");
		const worksheet = renderWorksheet(pricing.profile, new TemplateEngine());
		if (!worksheet.ok) throw new Error(worksheet.error);
		const steps = [...worksheet.value.text.matchAll(/^### (.+)\n_…_$/gm)].map((match) => match[1]);
		expect(steps.length).toBe(5);
		for (const step of steps) expect(venture).toMatch(new RegExp(`^### ${step}\\n[A-Z][^\\n]{40,}$`, "m"));
	});

	it("has a worksheet template of its own that renders every profile as a table, one row to fill per step", () => {
		const source = DEMO_NOTES[TABLE_TEMPLATE];
		const engine = new TemplateEngine();
		for (const { profile } of vaultProfiles()) {
			const table = renderWorksheet(profile, engine, { source, path: TABLE_TEMPLATE });
			if (!table.ok) throw new Error(table.error);
			const rows = stripMarkers(table.value.text).split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Step") && !line.startsWith("| ---"));
			expect(rows.length).toBe(table.value.fields.length);
			expect(table.value.text).not.toContain("{{");
		}
	});

	it("links tools whose summaries come from each source: a tool note, the profile's own note, and the bundled library", () => {
		const { tools } = demoVault();
		const sources = new Set<SummarySource>();
		for (const { text } of vaultProfiles()) {
			const annotations = readToolAnnotations(text.split(/\r?\n/));
			for (const match of text.matchAll(/\[\[([^\]|#]+)\]\]/g)) {
				const resolved = resolveToolLink(tools, match[1], { annotations });
				if (resolved) sources.add(resolved.source);
			}
		}
		expect([...sources].sort()).toEqual(["bundled", "note", "vault"]);
	});

	it("has a page with Mac Roman mojibake for Repair text encoding to undo", () => {
		const repaired = repairMojibakeCounted(DEMO_NOTES["Profiles/Sales strategy.md"]);
		expect(repaired.runs).toBeGreaterThan(0);
	});
});
