import { undo } from "@codemirror/commands";
import { pageFlavor } from "../../../src/core/commands/convert-flavor";
import { emptyProfile } from "../../../src/core/profile/profile";
import { renderProfile } from "../../../src/core/profile/render";
import { commandsWorld } from "../../support/commands";
import { fixture } from "../../support/fixtures";

describe("Convert profile page format", () => {
	it("rewrites a Logseq profile as Obsidian headings in one undo step, and says so", () => {
		const world = commandsWorld();
		const profile = emptyProfile("Sales strategy");
		profile.definition = "Selling to the right people.";
		profile.description = "Written in a caf√©.";
		const rendered = renderProfile(profile, { flavor: "logseq" });
		const page = rendered.ok ? rendered.value : "";
		const view = world.open("pages/profile___sales strategy.md", `|${page}`);
		world.run("convert-profile-flavor");
		expect(pageFlavor(view.editor.getValue())).toBe("obsidian");
		expect(view.editor.getValue()).toContain("Written in a caf√©.");
		expect(world.notices()).toEqual(["Converted this profile page to Obsidian headings."]);
		undo(view.editor.cm);
		expect(view.editor.getValue()).toBe(page);
	});

	it("converts a graph profile page, its page properties as front matter, and back again, each in one undo step", () => {
		const world = commandsWorld();
		const page = fixture("graph-profile-pricing-two-keys.md");
		const view = world.open("pages/profile-(id)___pricing_info.md", `|${page}`);
		world.run("convert-profile-flavor");
		const obsidian = view.editor.getValue();
		expect(obsidian.startsWith('---\ninnbok-type: internal\nmetamodel-id: "[[profile-(id)/pricing]]"\n')).toBe(true);
		world.run("convert-profile-flavor");
		expect(view.editor.getValue()).toBe(page);
		undo(view.editor.cm);
		expect(view.editor.getValue()).toBe(obsidian);
		undo(view.editor.cm);
		expect(view.editor.getValue()).toBe(page);
		expect(world.notices()).toEqual(["Converted this profile page to Obsidian headings.", "Converted this profile page to a Logseq outline."]);
	});

	it("refuses, changing nothing, front matter a page property cannot hold", () => {
		const world = commandsWorld();
		const page = "---\ntags:\n  - profile\n---\n# Pricing\n\n## Definition\nWhat we charge.\n";
		const view = world.open("Profiles/Pricing.md", `|${page}`);
		world.run("convert-profile-flavor");
		expect(view.editor.getValue()).toBe(page);
		expect(world.notices()[0]).toContain('Line 2 of the front matter ("tags:") is no one-line "key: value"');
	});

	it("refuses a note that is not a profile page", () => {
		const world = commandsWorld();
		const view = world.open("Shopping.md", "# Shopping\n- eggs|");
		world.run("convert-profile-flavor");
		expect(view.editor.getValue()).toBe("# Shopping\n- eggs");
		expect(world.notices()[0]).toContain("not a profile page");
	});
});
