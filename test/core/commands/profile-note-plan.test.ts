import { planProfileNote, type ProfileNoteVault } from "../../../src/core/commands/profile-note-plan";
import { TemplateEngine } from "../../../src/core/templates/template-engine";

const options = { flavor: "obsidian" as const, folder: "Profiles", engine: new TemplateEngine() };

/** A vault holding `files` (paths) and `folders`, with `profiles` by name. */
function vault(files: string[], folders: string[] = [], profiles: Record<string, string> = {}): ProfileNoteVault {
	return {
		normalize: (path) => path,
		profilePath: (name) => profiles[name],
		entryAt: (path) => (files.includes(path) ? "file" : folders.includes(path) ? "folder" : null),
	};
}

describe("planProfileNote", () => {
	it("creates a new page in the profiles folder when nothing of that name exists", () => {
		const plan = planProfileNote({ name: "Pricing strategy", definition: "How a venture sets its prices." }, options, vault([]));
		expect(plan.ok && plan.value.kind).toBe("create");
		if (!plan.ok || plan.value.kind !== "create") return;
		expect(plan.value.path).toBe("Profiles/Pricing strategy.md");
		expect(plan.value.text).toContain("How a venture sets its prices.");
	});

	it("opens a file already at the path and never overwrites it", () => {
		const plan = planProfileNote({ name: "Pricing strategy", definition: "" }, options, vault(["Profiles/Pricing strategy.md"]));
		expect(plan).toEqual({ ok: true, value: { kind: "open", path: "Profiles/Pricing strategy.md", message: '"Profiles/Pricing strategy.md" already exists, so it was not overwritten. It is open now.' } });
	});

	it("opens the profile of that name wherever it lives, rather than writing a second one", () => {
		const plan = planProfileNote({ name: "Pricing strategy", definition: "" }, options, vault(["Elsewhere/Pricing.md"], [], { "Pricing strategy": "Elsewhere/Pricing.md" }));
		expect(plan.ok && plan.value.path).toBe("Elsewhere/Pricing.md");
		expect(plan.ok && plan.value.kind).toBe("open");
	});

	it("refuses a folder at the path, and a name that cannot be a page name", () => {
		expect(planProfileNote({ name: "Pricing strategy", definition: "" }, options, vault([], ["Profiles/Pricing strategy.md"]))).toEqual({
			ok: false,
			error: '"Profiles/Pricing strategy.md" is a folder, so the profile page cannot be created there.',
		});
		const bad = planProfileNote({ name: "a/b", definition: "" }, options, vault([]));
		expect(bad.ok).toBe(false);
	});
});
