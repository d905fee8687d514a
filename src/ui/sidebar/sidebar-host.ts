/**
 * What the one sidebar controller (`SidebarController`) needs from the host it runs in: Obsidian's view, the
 * playground and the browser test page each implement these ports once, and a Logseq host can too.
 *
 * A host builds a `SidebarHost`, passes it to `new SidebarController(host, deps)` and then only reports what happened:
 * `follow(path)` when the user opens another note, `noteChanged(path)` when a note's text changed (typing included),
 * `renamed`/`deleted` for vault moves, `visibilityChanged()` when the sidebar may have been shown. The controller decides
 * what to read, when to redraw, and carries out every click.
 */
import type { NoteReader } from "../../core/ports";
import type { NoteScan, ProfileCard, QuestionItem, TextPosition } from "../../core/sidebar";
import type { EditorTarget } from "../../editor/apply-worksheet";
import type { MarkdownPort } from "../tool-chip";

/** A debounced call: runs once, `ms` after the last call; `cancel` drops a pending run. Obsidian's `debounce(…, true)` fits. */
export interface Debounced {
	(): void;
	cancel(): void;
}

/** Makes debounced calls on the host's timers (Obsidian: `debounce`; a browser page: `windowDebounce`). */
export type DebouncePort = (run: () => void, ms: number) => Debounced;

/** The note's editor, opened for editing: its CodeMirror view (one dispatch is one transaction) and a way to focus it. */
export interface NoteEditing {
	readonly view: EditorTarget;
	focus(): void;
}

/** The ports a sidebar host implements. */
export interface SidebarHost {
	/** The element the sidebar draws into; its content belongs to the controller. */
	readonly root: HTMLElement;
	/** True while the sidebar can be seen and the host is ready; the controller does no work otherwise. */
	isVisible(): boolean;
	debounce: DebouncePort;
	/** Key pages and link resolution, as the host's vault has them. */
	notes: NoteReader;
	/** The note's live text (unsaved typing included) and the name to show, or null when there is no such note; `scan`, when given, is `scanNote(text)`. */
	liveNote(path: string): Promise<{ name: string; text: string; scan?: NoteScan } | null>;
	/** Opens the note for editing (in editing mode, in front), or null after telling the user why it could not. */
	edit(path: string): Promise<NoteEditing | null>;
	/** Shows a short message to the user (Obsidian: a Notice). */
	notify(message: string): void;
	/** Puts text on the clipboard; rejects when refused. */
	writeClipboard(text: string): Promise<void>;
	/** Renders a profile's definition; each draw's renders are undone before the next draw. */
	markdown: MarkdownPort;
	/** True when the host offers "Insert profile template" (checked at every draw). */
	canInsertTemplate(): boolean;
	/** Runs "Insert profile template" on the note at `path`. */
	insertTemplate(path: string): void;
	/**
	 * Carries out a question click itself, for a host whose notes are not one CodeMirror text (Logseq: a block for the
	 * answer); absent, the controller edits the note's text through `edit`.
	 */
	answerQuestion?(path: string, card: ProfileCard, question: QuestionItem): Promise<void>;
	/**
	 * Opens the note with the cursor at `at` of its live text, for a host whose notes are not one CodeMirror text (Logseq:
	 * the block that holds that line); absent, the controller moves the cursor through `edit`.
	 */
	showPosition?(path: string, at: TextPosition): Promise<void>;
	/** Called after the pin changed, so that a host can save it (Obsidian: `requestSaveLayout`). */
	pinChanged?(): void;
}
