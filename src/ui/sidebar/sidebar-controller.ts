/**
 * The one copilot sidebar controller, for every host (see `SidebarHost`): which note it shows (the followed one, or a
 * pinned one), when it reads it (after typing pauses, at once on a note switch, never while hidden), which results it
 * keeps (a later switch makes an earlier read stale), when it redraws (only when what it shows changed), and what each
 * click does to the note.
 */
import {
	copyCardPrompt,
	emptySectionAt,
	NoteModelLoader,
	questionClick,
	sidebarViewKey,
	type EmptySection,
	type LoadedNote,
	type ProfileCard,
	type QuestionItem,
} from "../../core/sidebar";
import { applyQuestionClick, cursorPosition, moveCursor } from "../../editor/apply-sidebar-click";
import { DraftingPanel } from "../drafting/drafting-panel";
import type { CopilotDeps } from "./copilot-deps";
import { renderSidebar, type SidebarData, type SidebarHandlers } from "./render-sidebar";
import type { Debounced, SidebarHost } from "./sidebar-host";

/** How long typing must pause before the sidebar catches up. */
export const TYPING_DELAY_MS = 300;

/** Drives one sidebar in one host; the host reports events, the controller reads, draws and acts. */
export class SidebarController {
	#pinned: string | null = null;
	#followed: string | null = null;
	#generation = 0;
	#stale = true;
	#drawnKey: string | null = null;
	#loaded: LoadedNote | null = null;
	#undoRenders: (() => void)[] = [];
	#stopProfiles: (() => void) | null = null;
	readonly #loader: NoteModelLoader;
	readonly #refreshSoon: Debounced;
	readonly #drafting: DraftingPanel | null;
	readonly #host: SidebarHost;
	readonly #deps: CopilotDeps;

	constructor(host: SidebarHost, deps: CopilotDeps, typingDelayMs = TYPING_DELAY_MS) {
		this.#host = host;
		this.#deps = deps;
		this.#loader = new NoteModelLoader(deps.profiles, host.notes);
		this.#refreshSoon = host.debounce(() => void this.#refresh(), typingDelayMs);
		this.#drafting = deps.drafting === undefined ? null : new DraftingPanel(host, deps.drafting, this.#loader, () => deps.settings().flavor, () => this.shownPath());
	}

	/** Starts listening to profile changes and draws when visible. */
	start(): void {
		this.#stopProfiles ??= this.#deps.profiles.onChange(() => this.#refreshLater());
		this.#catchUp();
	}

	/** Stops all work: pending reads are dropped, the timer cancelled, rendered Markdown undone. */
	stop(): void {
		this.#generation++;
		this.#refreshSoon.cancel();
		this.#stopProfiles?.();
		this.#stopProfiles = null;
		this.#drafting?.stopAll();
		this.#undoMarkdown();
	}

	/** The note the sidebar shows: the pinned one, else the followed one. */
	shownPath(): string | null {
		return this.#pinned ?? this.#followed;
	}

	/** The note last followed, whether or not a pin hides it. */
	followedPath(): string | null {
		return this.#followed;
	}

	isPinned(): boolean {
		return this.#pinned !== null;
	}

	/** Restores a saved pin (null: follow the active note); unlike `togglePin`, the host is not asked to save it. */
	restorePin(path: string | null): void {
		this.#pinned = path;
		this.#invalidate();
	}

	/** Pins the sidebar to the note it shows, or unpins it so that it follows the active note again. */
	togglePin(): void {
		this.#pinned = this.#pinned === null ? this.shownPath() : null;
		this.#host.pinChanged?.();
		this.#invalidate();
	}

	/** The user opened the note at `path`; a pinned sidebar remembers it for when it is unpinned. */
	follow(path: string): void {
		if (path === this.#followed) return;
		this.#followed = path;
		if (this.#pinned === null) this.#invalidate();
	}

	/** A note's text changed (typing or the vault): look again once typing pauses if the sidebar shows or reads it. */
	noteChanged(path: string): void {
		if (path === this.shownPath() || this.#loaded?.keyPaths.has(path)) this.#refreshLater();
	}

	/** A note moved: the pin and the followed note move with it. */
	renamed(oldPath: string, newPath: string): void {
		const moved = (path: string | null) => (path === oldPath ? newPath : path);
		const pinMoved = this.#pinned === oldPath;
		this.#pinned = moved(this.#pinned);
		this.#followed = moved(this.#followed);
		if (pinMoved) this.#host.pinChanged?.();
		if (this.shownPath() === newPath || this.#loaded?.keyPaths.has(oldPath)) this.#invalidate();
	}

	/** A note was deleted: a pin to it goes, and the sidebar says there is nothing to show when it showed it. */
	deleted(path: string): void {
		const shown = this.shownPath() === path;
		if (this.#pinned === path) {
			this.#pinned = null;
			this.#host.pinChanged?.();
		}
		if (this.#followed === path) this.#followed = null;
		if (shown || this.#loaded?.keyPaths.has(path)) this.#invalidate();
	}

	/** The sidebar may have been shown (opened, resized, the layout changed): catch up on what happened while hidden. */
	visibilityChanged(): void {
		this.#catchUp();
	}

	/** Something the sidebar shows may have changed: look again once typing pauses, or when shown. */
	#refreshLater(): void {
		if (!this.#host.isVisible()) this.#stale = true;
		else this.#refreshSoon();
	}

	/** The shown note changed: drop any result on its way and look again now, or when shown. */
	#invalidate(): void {
		this.#refreshSoon.cancel();
		void this.#refresh();
	}

	#catchUp(): void {
		if (this.#stale && this.#host.isVisible()) void this.#refresh();
	}

	/** Reads the shown note and draws it; a later call (or `stop`) makes this one's result stale. Hidden, it only marks the sidebar stale. */
	async #refresh(): Promise<void> {
		const generation = ++this.#generation;
		if (!this.#host.isVisible()) {
			this.#stale = true;
			return;
		}
		this.#stale = false;
		const path = this.shownPath();
		const note = path === null ? null : await this.#host.liveNote(path);
		if (generation !== this.#generation) return;
		if (path === null || note === null) {
			this.#loaded = null;
			this.#draw(null);
			return;
		}
		const loaded = await this.#loader.load(path, note.text, note.scan);
		if (generation !== this.#generation) return;
		this.#loaded = loaded;
		this.#draw({ name: note.name, path }, loaded);
	}

	#draw(note: SidebarData["note"], loaded: LoadedNote | null = null): void {
		const data: SidebarData = { note, pinned: this.#pinned !== null, model: loaded?.model ?? null, canInsertTemplate: this.#host.canInsertTemplate() };
		const key = `${sidebarViewKey(data)}\n${String(this.#drafting?.enabled() ?? false)}`;
		if (key === this.#drawnKey) return;
		this.#drawnKey = key;
		this.#undoMarkdown();
		// With no note, the sidebar draws no control that acts on one.
		renderSidebar(this.#host.root, data, this.#handlers(note?.path ?? ""));
	}

	#undoMarkdown(): void {
		for (const undo of this.#undoRenders) undo();
		this.#undoRenders = [];
	}

	#handlers(path: string): SidebarHandlers {
		return {
			togglePin: () => this.togglePin(),
			insertTemplate: () => this.#host.insertTemplate(path),
			copyPrompt: (card) => void this.#copyPrompt(path, card),
			question: (card, question) => void this.#askQuestion(path, card, question),
			jumpToSection: (card, section) => void this.#jumpToSection(path, card, section),
			renderMarkdown: (el, text) => {
				this.#undoRenders.push(this.#host.markdown.render(text, el, path));
			},
			questionExtras: (row, card, question) => this.#drafting?.questionExtras(row, card, question),
			cardExtras: (container, card) => this.#drafting?.cardExtras(container, card),
		};
	}

	/** The one path of a question click (see `questionClick`): an edit is one undo step, the cursor ends in the field. */
	async #askQuestion(path: string, card: ProfileCard, question: QuestionItem): Promise<void> {
		if (this.#host.answerQuestion) return this.#host.answerQuestion(path, card, question);
		const editing = await this.#host.edit(path);
		if (editing === null) return;
		const { view } = editing;
		const options = { cursor: cursorPosition(view.state), flavor: this.#deps.settings().flavor };
		const message = applyQuestionClick(view, questionClick(view.state.doc.toString(), card, question, options));
		if (message !== null) this.#host.notify(message);
		else editing.focus();
	}

	/** Jumps to where the empty section is now: the drawn position may have moved since. */
	async #jumpToSection(path: string, card: string, section: EmptySection): Promise<void> {
		const note = await this.#host.liveNote(path);
		if (note === null) return;
		const at = emptySectionAt((await this.#loader.load(path, note.text, note.scan)).model, card, section);
		if (this.#host.showPosition) return this.#host.showPosition(path, at);
		const editing = await this.#host.edit(path);
		if (editing === null) return;
		moveCursor(editing.view, at);
		editing.focus();
	}

	/** Puts the card's prompt, built from the note's live text, on the clipboard and says so (or why not). */
	async #copyPrompt(path: string, card: string): Promise<void> {
		const loaded = this.#loaded;
		const note = await this.#host.liveNote(path);
		if (loaded === null || note === null) return;
		const message = await copyCardPrompt(loaded, card, note.text, this.#deps.engine, (text) => this.#host.writeClipboard(text));
		if (message !== null) this.#host.notify(message);
	}
}
