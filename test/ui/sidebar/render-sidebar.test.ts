import { MemoryVault } from "../../../src/core/host/memory-vault";
import { parseProfile } from "../../../src/core/profile/parse";
import { NoteModelLoader, type ProfileEntry, type SidebarModel } from "../../../src/core/sidebar";
import { renderSidebar, type SidebarData, type SidebarHandlers } from "../../../src/ui/sidebar/render-sidebar";
import { FakeElement } from "../../fakes/dom";

const PRICING = "---\ntype: profile\n---\n# Pricing\n## Definition\nHow a venture sets its prices.\n## innCoPilot\n- What do customers pay today?\n";

/** The sidebar model of `text` at Ventures/Note.md, with Pricing the only profile. */
async function modelOf(text: string): Promise<SidebarModel> {
	const vault = new MemoryVault();
	vault.write("Profiles/Pricing.md", PRICING);
	const entry: ProfileEntry = { profile: parseProfile(PRICING), path: "Profiles/Pricing.md" };
	const profiles = { byName: (name: string) => (name.toLowerCase() === "pricing" ? entry : undefined), byPath: (path: string) => (path === entry.path ? entry : undefined) };
	return (await new NoteModelLoader(profiles, vault).load("Ventures/Note.md", text)).model;
}

/** Handlers that record what was clicked. */
function recording(): { handlers: SidebarHandlers; clicks: string[] } {
	const clicks: string[] = [];
	return {
		clicks,
		handlers: {
			togglePin: () => clicks.push("pin"),
			insertTemplate: () => clicks.push("insert template"),
			copyPrompt: (card) => clicks.push(`copy ${card}`),
			question: (card, question) => clicks.push(`question ${card.name}: ${question.text}`),
			jumpToSection: (card, section) => clicks.push(`jump ${card}: ${section.title}`),
			renderMarkdown: (el, markdown) => el.createEl("p", { text: markdown }),
		},
	};
}

function render(data: SidebarData, root = new FakeElement()) {
	const { handlers, clicks } = recording();
	renderSidebar(root as unknown as HTMLElement, data, handlers);
	return { root, clicks };
}

const NOTE = { name: "Note", path: "Ventures/Note.md" };

describe("renderSidebar", () => {
	it("asks for a note before any is open, with no pin to press", () => {
		const { root } = render({ note: null, pinned: false, model: null, canInsertTemplate: true });
		expect(root.get("inncopilot-copilot-empty").textContent).toMatch(/^Open a note/);
		expect(root.find("inncopilot-copilot-pin")).toBeUndefined();
	});

	it("names a profile the note lists that no page defines, and still shows the ones it found", async () => {
		const model = await modelOf("---\nprofiles: [Pricing, Nowhere]\n---\n# Note\n");
		const { root } = render({ note: NOTE, pinned: false, model, canInsertTemplate: false });
		expect(root.get("inncopilot-copilot-warning").textContent).toBe("No profile named “Nowhere” was found. Check the name in this note's “profiles” list.");
		expect(root.findAll("inncopilot-copilot-card-title").map((each) => each.textContent)).toEqual(["Pricing"]);
	});

	it("says the front matter cannot be read, on which line, instead of naming a profile nobody wrote", async () => {
		const model = await modelOf("---\nprofiles: [Pricing\n---\n# Note\n");
		const { root } = render({ note: NOTE, pinned: false, model, canInsertTemplate: false });
		expect(root.findAll("inncopilot-copilot-warning").map((each) => each.textContent)).toEqual([
			expect.stringMatching(/^The front matter cannot be read on line 2: .*the note was not changed\.$/),
		]);
	});

	it("offers Insert profile template on a note without a profile only when the host has that command", async () => {
		const model = await modelOf("# Note\n");
		expect(render({ note: NOTE, pinned: false, model, canInsertTemplate: false }).root.find("mod-cta")).toBeUndefined();
		const { root, clicks } = render({ note: NOTE, pinned: false, model, canInsertTemplate: true });
		root.get("mod-cta").click();
		expect(clicks).toEqual(["insert template"]);
	});

	it("hands each control's click to its handler, naming the card and the question", async () => {
		const model = await modelOf("# Note\nSee [[Pricing]].\n");
		const { root, clicks } = render({ note: NOTE, pinned: true, model, canInsertTemplate: false });
		root.get("inncopilot-copilot-pin").click();
		root.get("inncopilot-copilot-copy").click();
		root.get("inncopilot-copilot-question-button").click();
		expect(clicks).toEqual(["pin", "copy Pricing", "question Pricing: What do customers pay today?"]);
		expect(root.get("inncopilot-copilot-note").textContent).toBe("Pinned toNote");
	});

	it("keeps keyboard focus on the same control when it redraws", async () => {
		const model = await modelOf("# Note\nSee [[Pricing]].\n");
		const data: SidebarData = { note: NOTE, pinned: false, model, canInsertTemplate: false };
		const { root } = render(data);
		root.get("inncopilot-copilot-copy").focus();
		render(data, root);
		expect(root.ownerDocument.activeElement?.textContent).toBe("Copy prompt");
		expect(root.get("inncopilot-copilot-copy").focused).toBe(true);
	});
});
