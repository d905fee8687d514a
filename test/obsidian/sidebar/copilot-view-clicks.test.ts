import { MarkdownView } from "../../fakes/obsidian";
import { contentOf, copilotEnv, leafOf, openSidebar, PETS, PRICING } from "../../support/copilot-app";
import type { CopilotView } from "../../../src/obsidian/sidebar/copilot-view";

async function settle(ms = 0): Promise<void> {
	await jest.advanceTimersByTimeAsync(ms);
}

function clickQuestion(view: CopilotView, text: string): void {
	const item = contentOf(view).findAll("inncopilot-copilot-question").find((each) => each.textContent.includes(text));
	if (item === undefined) throw new Error(`no question ${text}`);
	item.get("inncopilot-copilot-question-button").click();
}

function button(view: CopilotView, label: string) {
	const found = contentOf(view).querySelectorAll("[data-focus]").find((each) => each.textContent === label);
	if (found === undefined) throw new Error(`no button ${label}`);
	return found;
}

async function setUp() {
	const env = copilotEnv();
	const note = await env.app.openNote("Ventures/Pets.md");
	const view = await openSidebar(env);
	await settle();
	return { env, note, view };
}

beforeEach(() => {
	jest.useFakeTimers();
});

afterEach(() => jest.useRealTimers());

describe("clicking a question", () => {
	it("inserts a question the note lacks as one transaction at the end of the note, the cursor in its field, the editor focused", async () => {
		const { note, view } = await setUp();
		note.editor.setCursor({ line: 2, ch: 3 });
		clickQuestion(view, "Who pays the most?");
		await settle();
		expect(note.editor.transactions).toHaveLength(1);
		expect(note.editor.getValue()).toBe(`${PETS}\n\n## Who pays the most?\n`);
		expect(note.editor.getCursor()).toEqual({ line: 10, ch: 0 });
		expect(note.editor.focused).toBe(true);
		note.editor.undo();
		expect(note.editor.getValue()).toBe(PETS);
	});

	it("is its own undo step: one undo removes the inserted question and keeps what was typed just before", async () => {
		const { note, view } = await setUp();
		note.editor.setCursor({ line: 7, ch: 12 });
		note.editor.type(" Food.");
		clickQuestion(view, "Who pays the most?");
		await settle();
		note.editor.undo();
		expect(note.editor.getValue()).toBe(PETS.replace("Keeper time.", "Keeper time. Food."));
	});

	it("jumps to the field of a question the note already asks, without changing the note", async () => {
		const { note, view } = await setUp();
		clickQuestion(view, "What do customers pay today?");
		await settle();
		expect(note.editor.transactions).toEqual([]);
		expect(note.editor.getCursor()).toEqual({ line: 5, ch: 0 });
	});

	it("nests an empty field under a question the worksheet lists, as one transaction, cursor in it", async () => {
		const env = copilotEnv();
		env.app.vault.write("Ventures/Club.md", "---\nprofiles: [Pricing]\n---\n## Pricing\n### Questions\n- What do customers pay today?\n- Which price is a bargain?\n");
		const note = await env.app.openNote("Ventures/Club.md");
		const view = await openSidebar(env);
		await settle();
		clickQuestion(view, "Which price is a bargain?");
		await settle();
		expect(note.editor.transactions).toHaveLength(1);
		expect(note.editor.getValue()).toContain("- Which price is a bargain?\n  - \n");
		expect(note.editor.getCursor()).toEqual({ line: 7, ch: 4 });
		note.editor.type("Two weeks for one.");
		await settle(300);
		expect(contentOf(view).findAll("is-answered").map((each) => each.textContent)).toEqual([expect.stringContaining("Which price is a bargain?")]);
	});

	it("opens a pinned note that is not open anymore before inserting into it", async () => {
		const { env, view } = await setUp();
		view.togglePin();
		const plain = await env.app.openNote("Notes/Plain.md");
		clickQuestion(view, "Who pays the most?");
		await settle();
		const active = env.app.workspace.getActiveViewOfType(MarkdownView);
		expect(active?.file?.path).toBe("Ventures/Pets.md");
		expect(active?.editor.getValue()).toContain("## Who pays the most?");
		expect(plain.editor.transactions).toEqual([]);
	});

	it("switches a note in reading view to editing before it writes", async () => {
		const { note, view } = await setUp();
		note.mode = "preview";
		clickQuestion(view, "Who pays the most?");
		await settle();
		expect(note.getMode()).toBe("source");
		expect(note.editor.transactions).toHaveLength(1);
	});
});

describe("Copy prompt", () => {
	const clipboard: string[] = [];
	const writeText = jest.fn((text: string) => {
		clipboard.push(text);
		return Promise.resolve();
	});
	beforeAll(() => Object.defineProperty(globalThis, "navigator", { value: { clipboard: { writeText } }, configurable: true }));
	afterAll(() => Reflect.deleteProperty(globalThis, "navigator"));
	beforeEach(() => {
		clipboard.length = 0;
		writeText.mockClear();
	});

	it("puts the profile's prompt with its questions and the live note text on the clipboard, and says so", async () => {
		const { env, note, view } = await setUp();
		note.editor.setCursor({ line: 7, ch: 12 });
		note.editor.type(" Unsaved words.");
		button(view, "Copy prompt").click();
		await settle();
		expect(clipboard).toHaveLength(1);
		expect(clipboard[0]).toMatch(/^Help me work out the pricing of the business described at the end of this prompt\.\n/);
		expect(clipboard[0]).toContain('The concept is "Pricing": How a venture sets its prices.');
		expect(clipboard[0]).toContain("- Who pays the most?\n");
		expect(clipboard[0]).toContain("Keeper time. Unsaved words.\n\"\"\"\nAnswer:");
		expect(env.app.document.notices).toEqual(["Prompt for Pricing copied: paste it into any AI assistant."]);
	});

	it("reads a profile page in full for its prompt, examples included, and asks for its missing sections", async () => {
		const env = copilotEnv();
		env.app.vault.write("Profiles/Pricing.md", `${PRICING}## Examples\n### Space X\nPer-launch pricing.\n`);
		await env.app.openNote("Profiles/Pricing.md");
		const view = await openSidebar(env);
		await settle();
		button(view, "Copy prompt").click();
		await settle();
		expect(clipboard[0]).toContain("## Examples\n### Space X\nPer-launch pricing.\n");
		expect(clipboard[0]).toContain("that are still empty, each under its heading:\n- Content type\n");
	});

	it("says why when the clipboard refuses", async () => {
		const { env, view } = await setUp();
		writeText.mockImplementationOnce(() => Promise.reject(new Error("Document is not focused.")));
		button(view, "Copy prompt").click();
		await settle();
		expect(env.app.document.notices).toEqual(["Could not copy the prompt: Document is not focused."]);
	});
});

describe("the empty state's Insert profile template button", () => {
	it("runs the insert command in the note's editor when that command exists", async () => {
		const env = copilotEnv();
		const executed: string[] = [];
		env.app.commands = { findCommand: (id) => (id === "inncopilot:insert-profile-template" ? {} : undefined), executeCommandById: (id) => executed.push(id) > 0 };
		await env.app.openNote("Notes/Plain.md");
		const view = await openSidebar(env);
		await settle();
		env.app.workspace.setActiveLeaf(leafOf(view));
		button(view, "Insert profile template").click();
		await settle();
		expect(executed).toEqual(["inncopilot:insert-profile-template"]);
		expect(env.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe("Notes/Plain.md");
	});

	it("is not offered when the command does not exist", async () => {
		const env = copilotEnv();
		await env.app.openNote("Notes/Plain.md");
		const view = await openSidebar(env);
		await settle();
		expect(contentOf(view).textContent).toContain("not about a profile yet");
		expect(() => button(view, "Insert profile template")).toThrow("no button");
	});
});

describe("a question on the profile's own page", () => {
	it("jumps to where the page lists it and never edits the page", async () => {
		const env = copilotEnv();
		const note = await env.app.openNote("Profiles/Pricing.md");
		const view = await openSidebar(env);
		await settle();
		clickQuestion(view, "Which price is a bargain?");
		await settle();
		expect(note.editor.getCursor()).toEqual({ line: 11, ch: 2 });
		clickQuestion(view, "Who pays the most?");
		await settle();
		expect(note.editor.getCursor()).toEqual({ line: 7, ch: 2 });
		expect(note.editor.transactions).toEqual([]);
		expect(note.editor.getValue()).toBe(PRICING);
	});
});

describe("an empty section of a profile page", () => {
	it("jumps to the end of its heading", async () => {
		const env = copilotEnv();
		env.app.vault.write("Profiles/Pricing.md", "---\ntype: profile\n---\n# Pricing\n## Definition\nx\n## Topics\n\n## innCoPilot\n- Why?");
		const note = await env.app.openNote("Profiles/Pricing.md");
		const view = await openSidebar(env);
		await settle();
		button(view, "Topics").click();
		await settle();
		expect(note.editor.getCursor()).toEqual({ line: 6, ch: 9 });
		expect(note.editor.transactions).toEqual([]);
	});
});
