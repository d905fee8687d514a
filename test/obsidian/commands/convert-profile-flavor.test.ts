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
		expect(view.editor.getValue()).toContain("Written in a café.");
		expect(world.notices()).toEqual(["Converted this profile page to Obsidian headings. 1 garbled run of text was repaired on the way."]);
		undo(view.editor.cm);
		expect(view.editor.getValue()).toBe(page);
	});

	it("refuses the seed, changing nothing, because it would not come back byte for byte", () => {
		const world = commandsWorld();
		const seed = fixture("logseq-seed-sales-strategy.md");
		const view = world.open("pages/profile___sales strategy.md", `|${seed}`);
		world.run("convert-profile-flavor");
		expect(view.editor.getValue()).toBe(seed);
		expect(world.notices()[0]).toContain("would not give it back exactly (line 1");
	});

	it("refuses, changing nothing, when text would be lost", () => {
		const world = commandsWorld();
		const page = fixture("logseq-graph-pricing-tabs-properties-embeds.md");
		const view = world.open("pages/profile___pricing strategy.md", `|${page}`);
		world.run("convert-profile-flavor");
		expect(view.editor.getValue()).toBe(page);
		expect(world.notices()[0]).toContain('Converting would drop "alias:: pricing"');
	});

	it("refuses a note that is not a profile page", () => {
		const world = commandsWorld();
		const view = world.open("Shopping.md", "# Shopping\n- eggs|");
		world.run("convert-profile-flavor");
		expect(view.editor.getValue()).toBe("# Shopping\n- eggs");
		expect(world.notices()[0]).toContain("not a profile page");
	});
});
