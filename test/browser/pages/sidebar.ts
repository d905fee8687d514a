// Browser page: the copilot sidebar the plugin ships (its one controller, src/ui/sidebar) beside a real CodeMirror 6
// editor, its ports implemented over an in-memory vault: it follows the note in the editor (or a pinned one), redraws
// after typing pauses and only when what it shows changed, and its controls edit the note in one transaction.
// Obsidian's DOM helpers and theme come from the playground's stand-ins (src/ui/obsidian-dom.ts, playground/obsidian-theme.css).
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import "../../../playground/obsidian-theme.css";
import "../../../styles.css";
import "./sidebar.css";
import { basename } from "../../../src/core/host/note-meta";
import type { TextPosition } from "../../../src/core/sidebar";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { cursorPosition } from "../../../src/editor/apply-sidebar-click";
import { SidebarController } from "../../../src/ui/sidebar/sidebar-controller";
import { windowDebounce } from "../../../src/ui/window-debounce";
import { memoryVault } from "../../support/profile-lookup";
import { markdownEditorBasics } from "../doubles/markdown-editor";
import { installObsidianDom } from "../../../src/ui/obsidian-dom";

installObsidianDom();

const HOSTILE_NAME = `<img src=x onerror="window.pwned=1">`;

/** The vault: a profile page in each flavour (the Logseq one with mojibake headings), a key page, and notes that use them. */
const vault: Record<string, string> = {
	"Profiles/Pricing.md": [
		"---",
		"type: profile",
		"---",
		"# Pricing",
		"",
		"## 🔍 Definition",
		"How a venture *sets* and changes its prices.",
		"",
		"## 🔑 Keys",
		"- [[Willingness to pay]]",
		"  key-weight:: 35",
		"",
		"## 🤖 innCoPilot",
		"- What do customers pay today?",
		"- Which price is a bargain?",
		"",
		"## 🗄️ Topics",
		"",
	].join("\n"),
	"Keys/Willingness to pay.md": "- #question Who pays the most?\n",
	"Profiles/Sales strategy.md": [
		"# #profile Name - Sales strategy",
		"- ## üîç Definition",
		"  - the targeting of customer groups with tailored sales approaches.",
		"- ## ü§ñ innCoPilot",
		"  How do we identify our stakeholders?",
		"  What are the key stages of their journey?",
		"- ## üóÑÔ∏è Topics",
		"  ",
	].join("\n"),
	"Ventures/Exotic Pet Rental.md": "# Exotic Pet Rental\n\nWe rent animals by the week. See [[Pricing]].\n\n## What do customers pay today?\n\n## Costs\nKeeper time.",
	"Ventures/Tortoise Taxi.md": "---\nprofiles: [Sales strategy]\n---\n# Tortoise Taxi\n\nSlow rides.",
	"Notes/Groceries.md": "# Groceries\n\n- Eggs",
	"Ventures/Tortoise Club.md": "---\nprofiles: [Pricing]\n---\n# Tortoise Club\n\n## Pricing\n\n### Questions\n- What do customers pay today?\n- Which price is a bargain?\n",
	[`Notes/${HOSTILE_NAME}.md`]: `<script>window.pwned=2</script>\nSee [[Profiles/${HOSTILE_NAME}]].\n\n## <img src=x onerror="window.pwned=3"> question?\n<b onmouseover="window.pwned=4">bold</b>`,
	[`Profiles/${HOSTILE_NAME}.md`]: [
		"---",
		"type: profile",
		"---",
		`# ${HOSTILE_NAME}`,
		"## Definition",
		`<img src=x onerror="window.pwned=5"> <script>window.pwned=6</script> {{constructor}}`,
		"## innCoPilot",
		`- <img src=x onerror="window.pwned=3"> question?`,
		`- <script>window.pwned=7</script> really?`,
	].join("\n"),
};

const TYPING_DELAY_MS = 150;
const root = document.getElementById("root") ?? document.body;
root.classList.add("sidebar-harness");
const editorHost = root.appendChild(document.createElement("div"));
editorHost.className = "sidebar-harness-editor";
const sidebarHost = root.appendChild(document.createElement("div"));
sidebarHost.className = "sidebar-harness-sidebar";

let editorPath = "Ventures/Exotic Pet Rental.md";
const commands: string[] = [];
const notices: string[] = [];
const view = new EditorView({ parent: editorHost, state: stateFor(editorPath) });

/** Every redraw puts a fresh sidebar element into the host; counting them counts the redraws. */
let renders = 0;
const count = (records: MutationRecord[]) => {
	for (const record of records) {
		renders += Array.from(record.addedNodes).filter((node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).classList.contains("inncopilot-copilot")).length;
	}
};
const redraws = new MutationObserver(count);
redraws.observe(sidebarHost, { childList: true });
function countRenders(): number {
	count(redraws.takeRecords());
	return renders;
}

/** The profiles and links of this page's vault, its profile pages read as they are now. */
const profiles = {
	byName: (name: string) => memoryVault(vault).lookup.byName(name),
	byPath: (path: string) => memoryVault(vault).lookup.byPath(path),
	onChange: () => () => {},
};

const controller = new SidebarController(
	{
		root: sidebarHost,
		isVisible: () => true,
		debounce: windowDebounce(window),
		notes: { read: (path) => vault[path] ?? null, resolveLink: (target, from) => memoryVault(vault).resolve(target, from) },
		liveNote: (path) => Promise.resolve(path in vault ? { name: basename(path), text: vault[path] } : null),
		edit: (path) => {
			if (path !== editorPath) openInEditor(path);
			return Promise.resolve({ view, focus: () => view.focus() });
		},
		notify: (message) => notices.push(message),
		writeClipboard: (text) => navigator.clipboard.writeText(text),
		markdown: {
			render: (markdown, el) => {
				el.createEl("p", { text: markdown });
				return () => el.empty();
			},
		},
		canInsertTemplate: () => true,
		insertTemplate: () => commands.push("inncopilot:insert-profile-template"),
	},
	{ settings: () => ({ flavor: "auto" }), profiles, engine: new TemplateEngine() },
	TYPING_DELAY_MS,
);

function stateFor(path: string): EditorState {
	return EditorState.create({
		doc: vault[path],
		extensions: [
			...markdownEditorBasics(),
			EditorView.updateListener.of((update) => {
				if (!update.docChanged) return;
				vault[editorPath] = update.state.doc.toString();
				controller.noteChanged(editorPath);
			}),
		],
	});
}

/** Puts a note in the editor, as clicking it in Obsidian does: a fresh undo history. */
function openInEditor(path: string): void {
	editorPath = path;
	view.setState(stateFor(path));
}

/** Opens a note and lets the sidebar follow it; resolves once the sidebar has read and drawn it. */
function open(path: string): Promise<void> {
	openInEditor(path);
	controller.follow(path);
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** What the page offers its spec through `window.sidebarPage`. */
interface SidebarPage {
	view: EditorView;
	open(path: string): Promise<void>;
	doc(): string;
	cursor(): TextPosition;
	renders(): number;
	commands: string[];
	notices: string[];
	hostileName: string;
}

declare global {
	interface Window {
		sidebarPage: SidebarPage;
		pwned?: number;
	}
}

window.sidebarPage = {
	view,
	open,
	doc: () => view.state.doc.toString(),
	cursor: () => cursorPosition(view.state),
	renders: countRenders,
	commands,
	notices,
	hostileName: HOSTILE_NAME,
};
controller.follow(editorPath);
controller.start();
view.focus();
