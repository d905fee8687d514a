import { history, undo } from "@codemirror/commands";
import { EditorState, type Transaction } from "@codemirror/state";
import { MemoryVault } from "../../../src/core/host/memory-vault";
import { parseProfile } from "../../../src/core/profile/parse";
import type { ProfileEntry } from "../../../src/core/sidebar";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import type { ProfileSource } from "../../../src/ui/sidebar/copilot-deps";
import { SidebarController } from "../../../src/ui/sidebar/sidebar-controller";
import type { DebouncePort, SidebarHost } from "../../../src/ui/sidebar/sidebar-host";
import { FakeElement } from "../../fakes/dom";

const PRICING = "---\ntype: profile\n---\n# Pricing\n## Definition\nHow a venture sets its prices.\n## innCoPilot\n- What do customers pay today?\n- Which price is a bargain?\n";
const PETS = "# Pets\n\nSee [[Pricing]].\n\n## What do customers pay today?\n\n## Costs\nKeeper time.";
const DELAY = 300;

/** A debounce on jest's (fake) timers. */
const debounce: DebouncePort = (run, ms) => {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return Object.assign(() => {
		clearTimeout(timer);
		timer = setTimeout(run, ms);
	}, { cancel: () => clearTimeout(timer) });
};

/** The controller over an in-memory vault, with a host whose every port a test can watch or hold back. */
function setUp() {
	const vault = new MemoryVault();
	vault.write("Profiles/Pricing.md", PRICING);
	vault.write("Ventures/Pets.md", PETS);
	vault.write("Ventures/Taxi.md", "# Taxi\nSee [[Pricing]].\n\n## Which price is a bargain?\nPer ride.");
	vault.write("Notes/Plain.md", "# Plain\n");
	const entry = (): ProfileEntry => ({ profile: parseProfile(vault.read("Profiles/Pricing.md") ?? ""), path: "Profiles/Pricing.md" });
	const profileListeners = new Set<() => void>();
	const profiles: ProfileSource = {
		byName: (name) => (name.toLowerCase() === "pricing" ? entry() : undefined),
		byPath: (path) => (path === "Profiles/Pricing.md" ? entry() : undefined),
		onChange: (listener) => {
			profileListeners.add(listener);
			return () => profileListeners.delete(listener);
		},
	};
	const editor = { state: EditorState.create({ doc: PETS, extensions: history() }), dispatch: (tr: Transaction) => (editor.state = tr.state) };
	const log = { reads: [] as string[], notices: [] as string[], pinSaves: 0, focused: 0 };
	const held = new Map<string, Promise<void>>();
	const state = { visible: true };
	const root = new FakeElement();
	const host: SidebarHost = {
		root: root as unknown as HTMLElement,
		isVisible: () => state.visible,
		debounce,
		notes: vault,
		liveNote: async (path) => {
			log.reads.push(path);
			await held.get(path);
			const text = vault.read(path);
			return text === null ? null : { name: path.slice(path.lastIndexOf("/") + 1, -3), text };
		},
		edit: (path) => {
			editor.state = EditorState.create({ doc: vault.read(path) ?? "", extensions: history() });
			return Promise.resolve({ view: editor, focus: () => log.focused++ });
		},
		notify: (message) => log.notices.push(message),
		writeClipboard: () => Promise.resolve(),
		markdown: { render: () => () => undefined },
		canInsertTemplate: () => false,
		insertTemplate: () => undefined,
		pinChanged: () => log.pinSaves++,
	};
	const controller = new SidebarController(host, { settings: () => ({ flavor: "auto" }), profiles, engine: new TemplateEngine() }, DELAY);
	const hold = (path: string) => {
		let release = () => {};
		held.set(path, new Promise<void>((resolve) => (release = resolve)));
		return () => {
			held.delete(path);
			release();
		};
	};
	const header = () => root.get("inncopilot-copilot-note").textContent;
	const questions = () => root.findAll("inncopilot-copilot-question").map((each) => `${each.classes[1]}: ${each.get("inncopilot-copilot-question-text").textContent}`);
	return { vault, controller, root, log, state, editor, hold, header, questions, profilesChanged: () => profileListeners.forEach((each) => each()) };
}

const settle = (ms = 0) => jest.advanceTimersByTimeAsync(ms);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("SidebarController", () => {
	it("shows the followed note's questions, and switches at once when another note is followed", async () => {
		const { controller, header, questions } = setUp();
		controller.follow("Ventures/Pets.md");
		controller.start();
		await settle();
		expect([header(), ...questions()]).toEqual(["ShowingPets", "is-asked: What do customers pay today?", "is-missing: Which price is a bargain?"]);
		controller.follow("Ventures/Taxi.md");
		await settle();
		expect([header(), ...questions()]).toEqual(["ShowingTaxi", "is-missing: What do customers pay today?", "is-answered: Which price is a bargain?"]);
	});

	it("waits for typing to pause, reads once, and redraws only when what it shows changed", async () => {
		const { controller, vault, log, root, questions } = setUp();
		controller.follow("Ventures/Pets.md");
		await settle();
		const [reads, redraws] = [log.reads.length, root.redraws];
		for (const words of [" Food.", " Food. Water.", " Food. Water. Hay."]) {
			vault.write("Ventures/Pets.md", PETS + words);
			controller.noteChanged("Ventures/Pets.md");
			await settle(DELAY / 3);
		}
		expect(log.reads.length).toBe(reads);
		await settle(DELAY);
		expect([log.reads.length, root.redraws]).toEqual([reads + 1, redraws]);
		vault.write("Ventures/Pets.md", PETS.replace("## What do customers pay today?\n", "## What do customers pay today?\nTwenty a week.\n"));
		controller.noteChanged("Ventures/Pets.md");
		await settle(DELAY);
		expect(root.redraws).toBe(redraws + 1);
		expect(questions()[0]).toBe("is-answered: What do customers pay today?");
	});

	it("ignores changes to notes it neither shows nor reads, and catches up when the profiles change", async () => {
		const { controller, vault, log, questions, profilesChanged } = setUp();
		controller.follow("Ventures/Pets.md");
		controller.start();
		await settle();
		const reads = log.reads.length;
		controller.noteChanged("Notes/Plain.md");
		await settle(DELAY);
		expect(log.reads.length).toBe(reads);
		vault.write("Profiles/Pricing.md", `${PRICING}- Who pays late?\n`);
		profilesChanged();
		await settle(DELAY);
		expect(questions()).toContain("is-missing: Who pays late?");
	});

	it("keeps the last note followed when an earlier note's read finishes later", async () => {
		const { controller, hold, header } = setUp();
		const release = hold("Ventures/Pets.md");
		controller.follow("Ventures/Pets.md");
		controller.follow("Ventures/Taxi.md");
		await settle();
		release();
		await settle();
		expect(header()).toBe("ShowingTaxi");
	});

	it("does no work while hidden, and shows the note followed meanwhile once it is visible again", async () => {
		const { controller, log, state, header } = setUp();
		controller.follow("Ventures/Pets.md");
		await settle();
		state.visible = false;
		const reads = log.reads.length;
		controller.follow("Ventures/Taxi.md");
		controller.noteChanged("Ventures/Taxi.md");
		await settle(DELAY * 3);
		expect(log.reads.length).toBe(reads);
		state.visible = true;
		controller.visibilityChanged();
		await settle();
		expect([log.reads.length, header()]).toEqual([reads + 1, "ShowingTaxi"]);
	});

	it("holds a pinned note while others are followed, moves the pin with a rename and drops it when the note goes", async () => {
		const { controller, log, header } = setUp();
		controller.follow("Ventures/Pets.md");
		await settle();
		controller.togglePin();
		controller.follow("Ventures/Taxi.md");
		await settle();
		expect([header(), log.pinSaves]).toEqual(["Pinned toPets", 1]);
		controller.renamed("Ventures/Pets.md", "Ventures/Animals.md");
		expect([controller.shownPath(), log.pinSaves]).toEqual(["Ventures/Animals.md", 2]);
		controller.deleted("Ventures/Animals.md");
		await settle();
		expect([controller.isPinned(), controller.shownPath(), header(), log.pinSaves]).toEqual([false, "Ventures/Taxi.md", "ShowingTaxi", 3]);
	});

	it("applies a question click as one undo step in the note's editor, and focuses it", async () => {
		const { controller, root, editor, log } = setUp();
		controller.follow("Ventures/Pets.md");
		await settle();
		root.findAll("inncopilot-copilot-question").find((each) => each.textContent.includes("Which price is a bargain?"))?.get("inncopilot-copilot-question-button").click();
		await settle();
		expect(editor.state.doc.toString()).toContain("## Which price is a bargain?\n");
		expect(log.focused).toBe(1);
		undo(editor);
		expect(editor.state.doc.toString()).toBe(PETS);
	});

	it("says there is nothing to show for a followed note that was deleted", async () => {
		const { controller, vault, header } = setUp();
		controller.follow("Ventures/Pets.md");
		await settle();
		vault.remove("Ventures/Pets.md");
		controller.deleted("Ventures/Pets.md");
		await settle();
		expect(header()).toBe("ShowingNo note");
	});
});
