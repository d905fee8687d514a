import { undo } from "@codemirror/commands";
import { FakeElement } from "../../fakes/obsidian";
import type { ProfileSuggestModal } from "../../../src/obsidian/modals/profile-suggest-modal";
import { commandsWorld, settle, type CommandsWorld } from "../../support/commands";
import { fixture } from "../../support/fixtures";

function picker(world: CommandsWorld): ProfileSuggestModal {
	const modal = world.app.modals[world.app.modals.length - 1];
	if (!modal) throw new Error("no picker opened");
	return modal as unknown as ProfileSuggestModal;
}

/** Picks the profile named `name` in the open picker, as pressing Enter on it would. */
async function pick(world: CommandsWorld, name: string): Promise<void> {
	const modal = picker(world) as unknown as { suggestionsFor(query: string): { item: { profile: { name: string } } }[]; onChooseSuggestion(match: unknown, evt: unknown): void };
	const match = modal.suggestionsFor(name).find((each) => each.item.profile.name === name);
	if (!match) throw new Error(`${name} is not offered`);
	modal.onChooseSuggestion(match, {});
	await settle();
}

describe("Insert profile template", () => {
	it("offers every profile, vault and bundled, by name, each with its definition and where it lives", () => {
		const world = commandsWorld({ "Profiles/Pricing strategy.md": fixture("obsidian-pricing-examples-bold-leads.md") });
		world.open("Venture.md", "|");
		world.run("insert-profile-template");
		const modal = picker(world) as unknown as { getItems(): { profile: { name: string } }[]; renderSuggestion(match: unknown, el: FakeElement): void; placeholder: string };
		expect(modal.getItems().map((item) => item.profile.name)).toEqual(["Pricing strategy", "Sales strategy"]);
		expect(modal.placeholder).toBe("Choose a profile to insert");
		const [vault, bundled] = modal.getItems().map((item) => {
			const el = new FakeElement();
			modal.renderSuggestion({ item, match: { score: 0, matches: [] } }, el);
			return el.allText();
		});
		expect(bundled).toEqual([
			"Sales strategy",
			"the identification and targeting of specific customer groups with tailored sales approaches within a business model.",
			"Bundled with innCoPilot",
		]);
		expect(vault).toEqual(["Pricing strategy", "how a venture sets and changes the prices it charges for what it offers.", "Profiles/Pricing strategy.md"]);
	});

	it("inserts the chosen worksheet at the cursor with its first field selected, and records the profile", async () => {
		const world = commandsWorld();
		const view = world.open("Venture.md", "# Exotic Pet Rental\n|");
		world.run("insert-profile-template");
		await pick(world, "Sales strategy");
		const { state } = view.editor.cm;
		expect(state.doc.toString()).toContain("---\nprofiles:\n  - Sales strategy\n---\n# Exotic Pet Rental\n\n## Sales strategy\n");
		expect(state.sliceDoc(state.selection.main.from, state.selection.main.to)).toBe("_…_");
		expect(view.editor.focused).toBe(true);
		expect(world.notices()).toEqual([]);
	});

	it("is undone by one undo", async () => {
		const world = commandsWorld();
		const view = world.open("Venture.md", "Intro.|");
		world.run("insert-profile-template");
		await pick(world, "Sales strategy");
		undo(view.editor.cm);
		expect(view.editor.getValue()).toBe("Intro.");
	});

	it("uses the user's worksheet template from the settings", async () => {
		const world = commandsWorld();
		world.app.vault.seed("Templates/table.hbs", fixture("user-worksheet-table.hbs"));
		world.settings.worksheetTemplatePath = "Templates/table.hbs";
		const view = world.open("Venture.md", "|");
		world.run("insert-profile-template");
		await pick(world, "Sales strategy");
		expect(view.editor.getValue()).toContain("| Identify target customer segments | _…_ |");
	});

	it.each([
		["a missing user template", "Templates/none.hbs", null, 'The worksheet template "Templates/none.hbs" was not found.'],
		["a broken user template", "Templates/broken.hbs", fixture("user-worksheet-unclosed-each.hbs"), 'The worksheet template "Templates/broken.hbs" has an error on line 5'],
	])("leaves the note unchanged and says why with %s", async (_scenario, path, text, message) => {
		const world = commandsWorld();
		if (text !== null) world.app.vault.seed(path, text);
		world.settings.worksheetTemplatePath = path;
		const view = world.open("Venture.md", "Intro.|");
		world.run("insert-profile-template");
		await pick(world, "Sales strategy");
		expect(view.editor.getValue()).toBe("Intro.");
		expect(world.notices()[0]).toContain(message);
	});

	it("says why, and inserts nothing, when the note's front matter is never closed", async () => {
		const world = commandsWorld();
		const view = world.open("Venture.md", "---\ntitle: x\n|");
		world.run("insert-profile-template");
		await pick(world, "Sales strategy");
		expect(view.editor.getValue()).toBe("---\ntitle: x\n");
		expect(world.notices()[0]).toContain("never closed");
	});

	it("asks to switch to editing view in Reading view, and to open a note when there is none, without opening the picker", () => {
		const world = commandsWorld();
		world.open("Venture.md", "Intro|", "preview");
		world.run("insert-profile-template");
		world.app.workspace.activate(null);
		world.run("insert-profile-template");
		expect(world.notices()).toEqual([
			"This note is in Reading view. Switch to editing view to insert a profile template.",
			"Open a note first, to insert a profile template.",
		]);
		expect(world.app.modals).toEqual([]);
	});

	it("inserts nothing when the note was switched while the template loaded", async () => {
		const world = commandsWorld();
		world.app.vault.seed("Templates/ws.hbs", "## {{name}}\n{{field}}");
		world.settings.worksheetTemplatePath = "Templates/ws.hbs";
		const view = world.open("Venture.md", "Intro|");
		world.run("insert-profile-template");
		const choosing = pick(world, "Sales strategy");
		view.file = world.app.vault.seed("Other.md", "Other");
		await choosing;
		expect(view.editor.getValue()).toBe("Intro");
		expect(world.notices()).toEqual(["The note changed while the template was loading, so nothing was inserted. Try again."]);
	});

	describe("when the note already has the chosen worksheet", () => {
		/** Inserts the seed's worksheet once, then asks for it again; returns the question asked. */
		async function askAgain() {
			const world = commandsWorld();
			const view = world.open("Venture.md", "Intro.|");
			world.run("insert-profile-template");
			await pick(world, "Sales strategy");
			const once = view.editor.getValue();
			view.editor.cm.dispatch(view.editor.cm.state.update({ selection: { anchor: once.length } }));
			view.editor.focused = false;
			world.run("insert-profile-template");
			await pick(world, "Sales strategy");
			const question = world.app.modals[world.app.modals.length - 1];
			const button = (text: string) => question.contentEl.get("modal-button-container").children.find((child) => child.text === text);
			return { world, view, once, question, button };
		}

		it("asks instead of duplicating it, with going to the worksheet as the focused default", async () => {
			const { view, once, question, button } = await askAgain();
			expect(question.title).toBe("This worksheet is already in the note");
			expect(question.contentEl.allText()).toEqual([
				'This note already has a worksheet for "Sales strategy". Go to it, or insert another one?',
				"Go to the worksheet",
				"Insert another",
				"Cancel",
			]);
			expect(button("Go to the worksheet")?.focused).toBe(true);
			expect(button("Go to the worksheet")?.classes).toContain("mod-cta");
			expect(view.editor.getValue()).toBe(once);
		});

		it("goes to the existing worksheet's heading, changing nothing", async () => {
			const { view, once, question, button } = await askAgain();
			button("Go to the worksheet")?.click();
			expect(question.isOpen).toBe(false);
			expect(view.editor.getValue()).toBe(once);
			const cursor = view.editor.cm.state.selection.main;
			expect(cursor.empty).toBe(true);
			expect(once.slice(0, cursor.head).endsWith("\n## Sales strategy")).toBe(true);
			expect(view.editor.focused).toBe(true);
		});

		it("inserts a second worksheet when asked to", async () => {
			const { view, once, button } = await askAgain();
			button("Insert another")?.click();
			expect(view.editor.getValue().split("\n## Sales strategy\n")).toHaveLength(3);
			expect(view.editor.getValue().startsWith(once)).toBe(true);
		});

		it("changes nothing on Cancel or when the question is closed", async () => {
			for (const how of ["cancel", "close"]) {
				const { view, once, question, button } = await askAgain();
				if (how === "cancel") button("Cancel")?.click();
				else question.close();
				expect(question.isOpen).toBe(false);
				expect(view.editor.getValue()).toBe(once);
			}
		});
	});

	it("registers no default hotkey", () => {
		const world = commandsWorld();
		expect(world.plugin.commands.map((command) => [command.id, command.name, command.hotkeys])).toEqual([
			["insert-profile-template", "Insert profile template", undefined],
			["create-profile-note", "Create profile note", undefined],
			["next-field", "Go to next field", undefined],
			["previous-field", "Go to previous field", undefined],
			["repair-text-encoding", "Repair text encoding", undefined],
			["convert-profile-flavor", "Convert profile page format", undefined],
		]);
	});
});
