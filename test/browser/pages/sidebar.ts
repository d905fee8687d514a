// Browser page: the copilot sidebar's real DOM renderer beside a real CodeMirror 6 editor, wired as the Obsidian view wires
// them, through the same core loader and click decisions: it follows the note in the editor (or a pinned one), redraws
// after typing pauses and only when what it shows changed, and its controls edit the note in one transaction.
// Obsidian's DOM helpers and theme come from the doubles in test/browser/doubles/.
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import "../doubles/obsidian-theme.css";
import "../../../styles.css";
import "./sidebar.css";
import { basename } from "../../../src/core/host/note-meta";
import {
	copyCardPrompt,
	emptySectionAt,
	NoteModelLoader,
	questionClick,
	sidebarViewKey,
	type LoadedNote,
	type TextPosition,
} from "../../../src/core/sidebar";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyQuestionClick, cursorPosition, moveCursor } from "../../../src/editor/sidebar-clicks";
import { renderSidebar, type SidebarData, type SidebarHandlers } from "../../../src/obsidian/sidebar/render-sidebar";
import { memoryVault } from "../../support/profile-lookup";
import { markdownEditorBasics } from "../doubles/markdown-editor";
import { installObsidianDom } from "../doubles/obsidian-dom";

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
const engine = new TemplateEngine();
const root = document.getElementById("root") ?? document.body;
root.classList.add("sidebar-harness");
const editorHost = root.appendChild(document.createElement("div"));
editorHost.className = "sidebar-harness-editor";
const sidebarHost = root.appendChild(document.createElement("div"));
sidebarHost.className = "sidebar-harness-sidebar";

let editorPath = "Ventures/Exotic Pet Rental.md";
let pinned: string | null = null;
let drawnKey = "";
let loaded: LoadedNote | null = null;
let generation = 0;
let renders = 0;
let timer = 0;
const commands: string[] = [];

const view = new EditorView({ parent: editorHost, state: stateFor(editorPath) });

function stateFor(path: string): EditorState {
	return EditorState.create({
		doc: vault[path],
		extensions: [
			...markdownEditorBasics(),
			EditorView.updateListener.of((update) => {
				if (!update.docChanged) return;
				vault[editorPath] = update.state.doc.toString();
				window.clearTimeout(timer);
				timer = window.setTimeout(() => void draw(), TYPING_DELAY_MS);
			}),
		],
	});
}

/** The shown note: the pinned one, else the one in the editor. */
function shownPath(): string {
	return pinned ?? editorPath;
}

/** The plugin's model loader over this page's vault, its profile pages read as they are now. */
function loader(): NoteModelLoader {
	const { lookup, resolve } = memoryVault(vault);
	return new NoteModelLoader(lookup, { read: (path) => vault[path] ?? null, resolveLink: resolve });
}

/** Redraws the sidebar when what it shows changed, as the view does; a later draw makes an earlier one's result stale. */
async function draw(): Promise<void> {
	const drawing = ++generation;
	const path = shownPath();
	const model = await loader().load(path, vault[path]);
	if (drawing !== generation) return;
	loaded = model;
	const data: SidebarData = { note: { name: basename(path), path }, pinned: pinned !== null, model: model.model, canInsertTemplate: true };
	const key = sidebarViewKey(data);
	if (key === drawnKey) return;
	drawnKey = key;
	renders++;
	renderSidebar(sidebarHost, data, handlers);
}

/** Opens a note in the editor, as clicking it in Obsidian does: a fresh undo history, and the sidebar follows at once. */
function open(path: string): Promise<void> {
	window.clearTimeout(timer);
	editorPath = path;
	view.setState(stateFor(path));
	return draw();
}

/** Puts the pinned note in the editor when another is open there, as the plugin opens it before it edits. */
function showInEditor(): void {
	if (editorPath !== shownPath()) void open(shownPath());
}

const handlers: SidebarHandlers = {
	togglePin() {
		pinned = pinned === null ? shownPath() : null;
		void draw();
	},
	insertTemplate() {
		commands.push("inncopilot:insert-profile-template");
	},
	copyPrompt(card) {
		if (loaded !== null) void copyCardPrompt(loaded, card, vault[shownPath()], engine, (text) => navigator.clipboard.writeText(text));
	},
	question(card, question) {
		showInEditor();
		const click = questionClick(view.state.doc.toString(), card, question, { cursor: cursorPosition(view.state), flavor: "auto" });
		if (applyQuestionClick(view, click) === null) view.focus();
	},
	jumpToSection(card, section) {
		void loader()
			.load(shownPath(), vault[shownPath()])
			.then((fresh) => {
				showInEditor();
				moveCursor(view, emptySectionAt(fresh.model, card, section));
				view.focus();
			});
	},
	renderMarkdown(el, text) {
		el.createEl("p", { text });
	},
};

/** What the page offers its spec through `window.sidebarPage`. */
interface SidebarPage {
	view: EditorView;
	open(path: string): Promise<void>;
	doc(): string;
	cursor(): TextPosition;
	renders(): number;
	commands: string[];
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
	renders: () => renders,
	commands,
	hostileName: HOSTILE_NAME,
};
void draw();
view.focus();
