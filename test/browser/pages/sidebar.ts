// Browser page: the copilot sidebar's real DOM renderer beside a real CodeMirror 6 editor, wired as the Obsidian view wires
// them: it follows the note in the editor (or a pinned one), redraws after typing pauses and only when what it shows
// changed, and its controls edit the note in one transaction. Obsidian's DOM helpers are polyfilled for this page only.
import { history, historyKeymap, defaultKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import "../doubles/obsidian-theme.css";
import "../../../styles.css";
import "./sidebar.css";
import {
	answerFieldEdit,
	buildSidebarModel,
	copilotPrompt,
	findAnswers,
	insertQuestionEdit,
	profilesOfNote,
	questionOnPage,
	readKeyPage,
	scanNote,
	sidebarModelKey,
	cardQuestions,
	baseName,
	fullProfile,
	type KeyPage,
	type TextPosition,
} from "../../../src/core/sidebar";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { renderSidebar, type SidebarData, type SidebarHandlers } from "../../../src/obsidian/sidebar/render-sidebar";
import { memoryVault } from "../../support/profile-lookup";
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
let renders = 0;
let timer = 0;
const commands: string[] = [];

const view = new EditorView({ parent: editorHost, state: stateFor(editorPath) });

function stateFor(path: string): EditorState {
	return EditorState.create({
		doc: vault[path],
		extensions: [
			history(),
			keymap.of([...defaultKeymap, ...historyKeymap]),
			markdown(),
			EditorView.updateListener.of((update) => {
				if (!update.docChanged) return;
				vault[editorPath] = update.state.doc.toString();
				window.clearTimeout(timer);
				timer = window.setTimeout(draw, TYPING_DELAY_MS);
			}),
		],
	});
}

/** The shown note: the pinned one, else the one in the editor. */
function shownPath(): string {
	return pinned ?? editorPath;
}

function load(path: string) {
	const text = vault[path];
	const { lookup, resolve } = memoryVault(vault);
	const scan = scanNote(text);
	const { applied, missing } = profilesOfNote(scan, path, lookup, resolve);
	const keyPages = new Map<string, KeyPage>();
	for (const each of applied) {
		for (const key of each.profile.keys) {
			const keyPath = resolve(key, path);
			if (keyPath !== null) keyPages.set(key.toLowerCase(), readKeyPage(vault[keyPath]));
		}
	}
	return { applied, model: buildSidebarModel({ scan, path, applied, missing, keyPages }) };
}

/** Redraws the sidebar when what it shows changed, as the view does. */
function draw(): void {
	const path = shownPath();
	const { model } = load(path);
	const data: SidebarData = { note: { name: baseName(path), path }, pinned: pinned !== null, model, canInsertTemplate: true };
	const key = `${path}\n${String(pinned)}\n${sidebarModelKey(model)}`;
	if (key === drawnKey) return;
	drawnKey = key;
	renders++;
	renderSidebar(sidebarHost, data, handlers);
}

/** Opens a note in the editor, as clicking it in Obsidian does: a fresh undo history, and the sidebar follows at once. */
function open(path: string): void {
	window.clearTimeout(timer);
	editorPath = path;
	view.setState(stateFor(path));
	draw();
}

function offset(text: string, position: TextPosition): number {
	const lines = text.split("\n");
	const line = Math.min(position.line, lines.length - 1);
	return lines.slice(0, line).reduce((sum, each) => sum + each.length + 1, 0) + Math.min(position.ch, lines[line].length);
}

function placeCursor(position: TextPosition): void {
	view.dispatch({ selection: { anchor: offset(view.state.doc.toString(), position) }, scrollIntoView: true });
	view.focus();
}

const handlers: SidebarHandlers = {
	togglePin() {
		pinned = pinned === null ? shownPath() : null;
		draw();
	},
	insertTemplate() {
		commands.push("inncopilot:insert-profile-template");
	},
	copyPrompt(card) {
		const { applied, model } = load(shownPath());
		const entry = applied.find((each) => each.profile.name === card);
		const shown = model.cards.find((each) => each.name === card);
		if (entry === undefined || shown === undefined) return;
		const text = vault[shownPath()];
		const prompt = copilotPrompt(fullProfile(entry, text), cardQuestions(shown).map((question) => question.text), text, engine);
		if (prompt.ok) void navigator.clipboard.writeText(prompt.value);
	},
	question(card, question) {
		if (editorPath !== shownPath()) open(shownPath());
		const text = view.state.doc.toString();
		if (card.reason === "page") {
			const key = card.groups.find((group) => group.questions.includes(question))?.key ?? null;
			const listed = questionOnPage(scanNote(text), question.text, key);
			if (listed !== null) placeCursor(listed);
			return;
		}
		const spot = findAnswers(scanNote(text), new Set([question.key])).get(question.key);
		const head = view.state.selection.main.head;
		const line = view.state.doc.lineAt(head);
		const cursor = { line: line.number - 1, ch: head - line.from };
		const edit = spot === undefined ? insertQuestionEdit(text, question.text, { cursor, profile: card.name, flavor: "auto" }) : answerFieldEdit(text, spot);
		if (edit === null) {
			placeCursor(spot?.answer ?? cursor);
			return;
		}
		const from = offset(text, edit.from);
		const after = text.slice(0, from) + edit.text + text.slice(offset(text, edit.to));
		view.dispatch({ changes: { from, to: offset(text, edit.to), insert: edit.text }, selection: { anchor: offset(after, edit.cursor) }, scrollIntoView: true });
		view.focus();
	},
	jumpToSection(_card, section) {
		if (editorPath !== shownPath()) open(shownPath());
		placeCursor(section.at);
	},
	renderMarkdown(el, text) {
		el.createEl("p", { text });
	},
};

/** What the page offers its spec through `window.sidebarPage`. */
interface SidebarPage {
	view: EditorView;
	open(path: string): void;
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
	cursor: () => {
		const head = view.state.selection.main.head;
		const line = view.state.doc.lineAt(head);
		return { line: line.number - 1, ch: head - line.from };
	},
	renders: () => renders,
	commands,
	hostileName: HOSTILE_NAME,
};
draw();
view.focus();
