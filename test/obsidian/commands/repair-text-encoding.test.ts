import { undo } from "@codemirror/commands";
import { commandsWorld } from "../../support/commands";
import { fixture } from "../../support/fixtures";

describe("Repair text encoding", () => {
	it("repairs the note as one undo step and says how many runs it changed", () => {
		const world = commandsWorld();
		const seed = fixture("logseq-seed-sales-strategy.md");
		const view = world.open("Sales strategy.md", `|${seed}`);
		world.run("repair-text-encoding");
		expect(view.editor.getValue()).toContain("- ## 🔍 Definition");
		expect(world.notices()).toEqual(["Repaired 9 garbled runs of text (UTF-8 that had been read as Mac Roman)."]);
		undo(view.editor.cm);
		expect(view.editor.getValue()).toBe(seed);
	});

	it("says there was nothing to repair and leaves a clean note untouched", () => {
		const world = commandsWorld();
		const view = world.open("Clean.md", "Café and 🚀|");
		world.run("repair-text-encoding");
		expect(view.editor.getValue()).toBe("Café and 🚀");
		expect(world.notices()).toEqual(["No garbled text found in this note: nothing was changed."]);
	});

	it("asks for editing view in Reading view and changes nothing", () => {
		const world = commandsWorld();
		const seed = fixture("logseq-seed-sales-strategy.md");
		const view = world.open("Sales strategy.md", `|${seed}`, "preview");
		world.run("repair-text-encoding");
		expect(view.editor.getValue()).toBe(seed);
		expect(world.notices()).toEqual(["This note is in Reading view. Switch to editing view to repair its text."]);
	});
});
