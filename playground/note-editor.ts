/** The playground's editor: one real CodeMirror 6 view whose state is kept per note, so each note keeps its undo history. */
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState, type Extension, type StateEffect } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { frontMatter } from "./front-matter-highlight";
import { wikiLinks } from "./wiki-links";

/** Markdown drawn roughly as Obsidian's source mode draws it, in the theme's colours. */
const MARKDOWN_STYLE = HighlightStyle.define([
	{ tag: tags.heading1, fontSize: "1.6em", fontWeight: "700" },
	{ tag: tags.heading2, fontSize: "1.35em", fontWeight: "700" },
	{ tag: tags.heading3, fontSize: "1.15em", fontWeight: "700" },
	{ tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: "700" },
	{ tag: tags.strong, fontWeight: "700" },
	{ tag: tags.emphasis, fontStyle: "italic" },
	{ tag: tags.strikethrough, textDecoration: "line-through" },
	{ tag: [tags.link, tags.url], color: "var(--text-accent)" },
	{ tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: "var(--text-faint)" },
	{ tag: tags.monospace, fontFamily: "var(--font-monospace)", color: "var(--text-accent)" },
	{ tag: tags.quote, color: "var(--text-muted)" },
]);

/** Edits the vault's notes one at a time; every change is written back to the vault at once. */
export class NoteEditor {
	/** The live editor. */
	readonly view: EditorView;
	private readonly kept = new Map<string, { state: EditorState; scroll: StateEffect<unknown> }>();
	private readonly listeners = new Set<(path: string) => void>();
	private current: string | null = null;

	constructor(
		parent: HTMLElement,
		private readonly vault: MemoryVault,
		private readonly extensions: readonly Extension[],
	) {
		this.view = new EditorView({ parent });
	}

	/** The path of the open note, or null before one is opened. */
	get path(): string | null {
		return this.current;
	}

	/** Opens the note at `path`, where the user left it (cursor and undo history) if its text did not change meanwhile. */
	open(path: string): void {
		if (this.current !== null) this.kept.set(this.current, { state: this.view.state, scroll: this.view.scrollSnapshot() });
		const text = this.vault.read(path) ?? "";
		const kept = this.kept.get(path);
		const fresh = kept === undefined || kept.state.doc.toString() !== text;
		this.view.setState(fresh ? this.create(text) : kept.state);
		this.view.dispatch({ effects: fresh ? EditorView.scrollIntoView(0, { y: "start" }) : kept.scroll });
		this.current = path;
		for (const listener of this.listeners) listener(path);
		this.view.focus();
	}

	/** Calls `listener` with the path of every note opened; returns the function that stops it. */
	onOpen(listener: (path: string) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private create(text: string): EditorState {
		return EditorState.create({
			doc: text,
			extensions: [
				history(),
				keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
				markdown({ extensions: [frontMatter, wikiLinks] }),
				syntaxHighlighting(MARKDOWN_STYLE),
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({ "aria-label": "Note text", spellcheck: "false" }),
				EditorView.updateListener.of((update) => {
					if (update.docChanged && this.current !== null) this.vault.write(this.current, update.state.doc.toString());
				}),
				...this.extensions,
			],
		});
	}
}
