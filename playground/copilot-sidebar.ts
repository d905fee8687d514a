/**
 * The copilot sidebar in the playground: the plugin's own model (src/core/sidebar) and DOM renderer, fed from the
 * in-memory vault and acting on the playground's editor. It follows the open note (or a pinned one), waits for typing
 * to pause, redraws only when what it shows changed, and does nothing while closed.
 */
import { isolateHistory } from "@codemirror/commands";
import type { Text } from "@codemirror/state";
import type { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import type { MemoryVault } from "../src/core/host/memory-vault";
import type { InnCoPilotSettings } from "../src/core/settings";
import {
	answerFieldEdit,
	baseName,
	buildSidebarModel,
	cardQuestions,
	copilotPrompt,
	findAnswers,
	fullProfile,
	insertQuestionEdit,
	profilesOfNote,
	questionOnPage,
	readKeyPage,
	scanNote,
	sidebarModelKey,
	type KeyPage,
	type ProfileCard,
	type QuestionItem,
	type TextPosition,
} from "../src/core/sidebar";
import type { TemplateEngine } from "../src/core/templates/template-engine";
import { renderSidebar, type SidebarHandlers } from "../src/obsidian/sidebar/render-sidebar";
import type { MarkdownView } from "./markdown";
import type { NoteEditor } from "./note-editor";
import type { Notices } from "./notices";

/** How long typing must pause before the sidebar catches up, as in the plugin. */
const TYPING_DELAY_MS = 300;

/** What the sidebar reads and acts on. */
export interface SidebarDeps {
	vault: MemoryVault;
	profiles: ProfileCatalog;
	editor: NoteEditor;
	engine: TemplateEngine;
	markdown: MarkdownView;
	notices: Notices;
	settings: () => InnCoPilotSettings;
	/** Runs "Insert profile template", or null when the playground has no such command. */
	insertTemplate: (() => void) | null;
}

/** The sidebar in the playground's right-hand pane. */
export class CopilotSidebar {
	private pinned: string | null = null;
	private drawnKey: string | null = null;
	private timer = 0;
	private readonly body: HTMLElement;

	constructor(
		private readonly pane: HTMLElement,
		private readonly deps: SidebarDeps,
	) {
		const bar = pane.createDiv({ cls: "playground-pane-bar" });
		bar.createSpan({ cls: "playground-pane-title", text: "Copilot" });
		const close = bar.createEl("button", { cls: "playground-pane-close", text: "×", attr: { "aria-label": "Close the copilot sidebar" } });
		close.addEventListener("click", () => this.close());
		this.body = pane.createDiv({ cls: "playground-pane-body" });
	}

	/** Starts following the editor and the vault. */
	follow(): void {
		const { editor, vault, profiles } = this.deps;
		editor.onOpen(() => this.draw());
		vault.onChange((path) => {
			if (path === this.shownPath()) this.drawSoon();
		});
		profiles.onChange(() => this.drawSoon());
	}

	/** Shows the sidebar and brings it up to date. */
	open(): void {
		this.pane.removeAttribute("hidden");
		this.drawnKey = null;
		this.draw();
	}

	/** Hides the sidebar; it does no work until opened again. */
	close(): void {
		this.pane.setAttribute("hidden", "");
		this.deps.editor.view.focus();
	}

	private get visible(): boolean {
		return !this.pane.hasAttribute("hidden");
	}

	private shownPath(): string | null {
		return this.pinned ?? this.deps.editor.path;
	}

	private drawSoon(): void {
		const win = this.pane.ownerDocument.defaultView;
		if (!this.visible || win === null) return;
		win.clearTimeout(this.timer);
		this.timer = win.setTimeout(() => this.draw(), TYPING_DELAY_MS);
	}

	private draw(): void {
		if (!this.visible) return;
		const path = this.shownPath();
		const loaded = path === null ? null : this.modelOf(path);
		const key = `${path}\n${String(this.pinned)}\n${loaded ? sidebarModelKey(loaded.model) : ""}`;
		if (key === this.drawnKey) return;
		this.drawnKey = key;
		renderSidebar(
			this.body,
			{ note: path === null ? null : { name: baseName(path), path }, pinned: this.pinned !== null, model: loaded?.model ?? null, canInsertTemplate: this.deps.insertTemplate !== null },
			this.handlers(),
		);
	}

	/** The model for the note at `path`, with the key pages its profiles name, read from the vault. */
	private modelOf(path: string) {
		const { vault, profiles } = this.deps;
		const text = vault.read(path) ?? "";
		const scan = scanNote(text);
		const resolve = (target: string, from: string) => vault.resolveLink(target, from);
		const { applied, missing } = profilesOfNote(scan, path, profiles, resolve);
		const keyPages = new Map<string, KeyPage>();
		for (const { profile, path: profilePath } of applied) {
			for (const key of profile.keys) {
				const keyPath = resolve(key, profilePath ?? path);
				const keyText = keyPath === null ? null : vault.read(keyPath);
				if (keyText !== null && !keyPages.has(key.toLowerCase())) keyPages.set(key.toLowerCase(), readKeyPage(keyText));
			}
		}
		return { text, applied, model: buildSidebarModel({ scan, path, applied, missing, keyPages }) };
	}

	private handlers(): SidebarHandlers {
		return {
			togglePin: () => {
				this.pinned = this.pinned === null ? this.shownPath() : null;
				this.draw();
			},
			insertTemplate: () => this.deps.insertTemplate?.(),
			copyPrompt: (card) => void this.copyPrompt(card),
			question: (card, question) => this.question(card, question),
			jumpToSection: (_card, section) => {
				this.showInEditor();
				this.placeCursor(section.at);
			},
			renderMarkdown: (el, markdown) => this.deps.markdown.render(el, markdown),
		};
	}

	/**
	 * As the plugin's sidebar does: on the profile's own page, jumps to where the page lists the question; elsewhere jumps
	 * to its answer or field (adding the field when missing), or inserts it as a heading with a field. One undo step.
	 */
	private question(card: ProfileCard, question: QuestionItem): void {
		this.showInEditor();
		const { view } = this.deps.editor;
		const { doc } = view.state;
		const text = doc.toString();
		if (card.reason === "page") {
			const key = card.groups.find((group) => group.questions.some((each) => each.key === question.key))?.key ?? null;
			const listed = questionOnPage(scanNote(text), question.text, key);
			if (listed === null) this.deps.notices.show(`This page does not list “${question.text}”.`);
			else this.placeCursor(listed);
			return;
		}
		const cursor = positionOf(doc, view.state.selection.main.head);
		const spot = findAnswers(scanNote(text), new Set([question.key])).get(question.key);
		const edit = spot === undefined ? insertQuestionEdit(text, question.text, { cursor, profile: card.name, flavor: this.deps.settings().flavor }) : answerFieldEdit(text, spot);
		if (edit === null) {
			this.placeCursor(spot?.answer ?? cursor);
			return;
		}
		const changes = view.state.changes({ from: offsetOf(doc, edit.from), to: offsetOf(doc, edit.to), insert: edit.text });
		view.dispatch({ changes, selection: { anchor: offsetOf(changes.apply(doc), edit.cursor) }, annotations: isolateHistory.of("full"), scrollIntoView: true });
		view.focus();
	}

	private async copyPrompt(card: string): Promise<void> {
		const path = this.shownPath();
		if (path === null) return;
		const loaded = this.modelOf(path);
		const applied = loaded.applied.find((each) => each.profile.name === card);
		const shown = loaded.model.cards.find((each) => each.name === card);
		if (applied === undefined || shown === undefined) return;
		const prompt = copilotPrompt(fullProfile(applied, loaded.text), cardQuestions(shown).map((question) => question.text), loaded.text, this.deps.engine);
		if (!prompt.ok) {
			this.deps.notices.show(`The prompt could not be written: ${prompt.error.message}`);
			return;
		}
		try {
			await navigator.clipboard.writeText(prompt.value);
			this.deps.notices.show(`Prompt for ${card} copied: paste it into any AI assistant.`);
		} catch {
			this.deps.notices.show("The browser did not allow copying to the clipboard.");
		}
	}

	/** Opens the shown note in the editor when the sidebar is pinned to another. */
	private showInEditor(): void {
		const path = this.shownPath();
		if (path !== null && path !== this.deps.editor.path) this.deps.editor.open(path);
	}

	private placeCursor(position: TextPosition): void {
		const { view } = this.deps.editor;
		view.dispatch({ selection: { anchor: offsetOf(view.state.doc, position) }, scrollIntoView: true });
		view.focus();
	}
}

/** The offset of a line and column, clamped to the document. */
function offsetOf(doc: Text, position: TextPosition): number {
	const line = doc.line(Math.min(Math.max(position.line + 1, 1), doc.lines));
	return line.from + Math.min(Math.max(position.ch, 0), line.length);
}

/** The line and column of an offset. */
function positionOf(doc: Text, offset: number): TextPosition {
	const line = doc.lineAt(offset);
	return { line: line.number - 1, ch: offset - line.from };
}
