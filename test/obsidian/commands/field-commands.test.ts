import { commandsWorld } from "../../support/commands";

const LATER = "---\nprofiles: [Pricing]\n---\n## Pricing\n\n### Who pays?\nFamilies.\n\n### How much?\n_…_\n\n### Tools\n- [[Ansoff Matrix]]\n";

function selected(view: { editor: { cm: { state: { selection: { main: { from: number; to: number } }; sliceDoc(from: number, to: number): string } } } }): string {
	const { state } = view.editor.cm;
	return `${state.selection.main.from}:${state.sliceDoc(state.selection.main.from, state.selection.main.to)}`;
}

describe("Go to next field and Go to previous field", () => {
	it("select the unfilled field of a worksheet in a note opened later, from either side", () => {
		const world = commandsWorld();
		const view = world.open("Venture.md", `|${LATER}`);
		world.run("next-field");
		expect(selected(view)).toBe(`${LATER.indexOf("_…_")}:_…_`);
		view.editor.cm.dispatch(view.editor.cm.state.update({ selection: { anchor: LATER.length } }));
		world.run("previous-field");
		expect(selected(view)).toBe(`${LATER.indexOf("_…_")}:_…_`);
		expect(world.notices()).toEqual([]);
	});

	it("say so when the note has no field left", () => {
		const world = commandsWorld();
		world.open("Venture.md", "All |filled in.");
		world.run("next-field");
		world.run("previous-field");
		expect(world.notices()).toEqual(["This note has no field left to fill.", "This note has no field left to fill."]);
	});

	it("ask for editing view in Reading view, and leave the selection alone", () => {
		const world = commandsWorld();
		const view = world.open("Venture.md", `|${LATER}`, "preview");
		world.run("next-field");
		expect(selected(view)).toBe("0:");
		expect(world.notices()).toEqual(["This note is in Reading view. Switch to editing view to move between fields."]);
	});
});
