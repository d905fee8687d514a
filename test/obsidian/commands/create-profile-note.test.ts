import { FakeElement, Modal } from "../../fakes/obsidian";
import { parseProfile } from "../../../src/core/profile/parse";
import { commandsWorld, settle, type CommandsWorld } from "../../support/commands";
import { fixture } from "../../support/fixtures";

/** Fills the open form and presses Create; returns the form for inspection. */
async function submit(world: CommandsWorld, name: string, definition: string): Promise<{ modal: Modal; problem: string }> {
	const modal = world.app.modals[world.app.modals.length - 1];
	const inputs = modal.contentEl.children.flatMap((row) => row.children.filter((child) => child.tag === "input"));
	inputs[0].value = name;
	inputs[1].value = definition;
	modal.contentEl.find("button")?.fire("click");
	await settle();
	return { modal, problem: modal.contentEl.find("inncopilot-new-profile-problem")?.text ?? "" };
}

describe("Create profile note", () => {
	it("asks for a name and a definition, with the name field focused", () => {
		const world = commandsWorld();
		world.run("create-profile-note");
		const modal = world.app.modals[0];
		expect(modal.title).toBe("Create profile note");
		expect(modal.contentEl.allText()).toEqual(["Name", "Definition", "Create"]);
		expect(modal.contentEl.find("input")?.focused).toBe(true);
	});

	it("creates the page with all eight sections in the profiles folder, opens it, and closes the form", async () => {
		const world = commandsWorld();
		world.settings.flavor = "obsidian";
		world.run("create-profile-note");
		const { modal, problem } = await submit(world, "Pricing strategy", "How a venture sets its prices.");
		expect(problem).toBe("");
		expect(modal.isOpen).toBe(false);
		const text = world.app.vault.files.get("Profiles/Pricing strategy.md")?.text ?? "";
		const profile = parseProfile(text);
		expect([profile.name, profile.definition, profile.warnings]).toEqual(["Pricing strategy", "How a venture sets its prices.", []]);
		expect(world.app.vault.folders.has("Profiles")).toBe(true);
		expect(world.app.workspace.opened).toEqual(["Profiles/Pricing strategy.md"]);
	});

	it("submits with Enter in a field", async () => {
		const world = commandsWorld();
		world.settings.flavor = "obsidian";
		world.run("create-profile-note");
		const modal = world.app.modals[0];
		const inputs = modal.contentEl.children.map((row) => row.find("input")).filter((input): input is FakeElement => input !== undefined);
		inputs[0].value = "Channels";
		inputs[1].fire("keydown", { key: "Enter", isComposing: false });
		await settle();
		expect(world.app.vault.files.has("Profiles/Channels.md")).toBe(true);
	});

	it("writes a Logseq page named profile___<name>.md when the vault is a Logseq graph", async () => {
		const world = commandsWorld();
		world.app.vault.seed("logseq/config.edn", "{}");
		world.run("create-profile-note");
		await submit(world, "Pricing Strategy", "How a venture sets its prices.");
		const text = world.app.vault.files.get("Profiles/profile___pricing strategy.md")?.text ?? "";
		expect(text.startsWith("title:: profile/Pricing Strategy\ntags:: profile\n- ## 🔍 Definition\n")).toBe(true);
	});

	it("never overwrites: an existing profile of that name is opened instead, and the user is told", async () => {
		const seedPage = fixture("logseq-seed-sales-strategy.md");
		const world = commandsWorld({ "pages/profile___sales strategy.md": seedPage });
		world.settings.flavor = "obsidian";
		world.run("create-profile-note");
		const { modal } = await submit(world, "sales strategy", "Something else.");
		expect(world.app.vault.files.get("pages/profile___sales strategy.md")?.text).toBe(seedPage);
		expect(world.app.vault.files.has("Profiles/sales strategy.md")).toBe(false);
		expect(world.app.workspace.opened).toEqual(["pages/profile___sales strategy.md"]);
		expect(world.notices()).toEqual(['"pages/profile___sales strategy.md" already exists, so it was not overwritten. It is open now.']);
		expect(modal.isOpen).toBe(false);
	});

	it("never overwrites a note that is not a profile but sits at the same path", async () => {
		const world = commandsWorld();
		world.settings.flavor = "obsidian";
		world.app.vault.seed("Profiles/Channels.md", "my own notes");
		world.run("create-profile-note");
		await submit(world, "Channels", "d");
		expect(world.app.vault.files.get("Profiles/Channels.md")?.text).toBe("my own notes");
		expect(world.app.workspace.opened).toEqual(["Profiles/Channels.md"]);
	});

	it("keeps the form open with the reason when the name cannot be used", async () => {
		const world = commandsWorld();
		world.run("create-profile-note");
		const { modal, problem } = await submit(world, "Sales/strategy", "d");
		expect(problem).toBe('A profile name cannot contain "/": it is not allowed in file names or links.');
		expect(modal.isOpen).toBe(true);
		expect(world.app.vault.files.size).toBe(0);
	});

	it("keeps the form open and names the template when the user's profile template is missing", async () => {
		const world = commandsWorld();
		world.settings.profileTemplatePath = "Templates/profile.hbs";
		world.run("create-profile-note");
		const { problem } = await submit(world, "Channels", "d");
		expect(problem).toContain('The profile page template "Templates/profile.hbs" was not found.');
	});
});
