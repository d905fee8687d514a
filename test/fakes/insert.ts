/**
 * Fakes for the profile commands (insert, create, fields, repair, convert): the editor, views, modals and the few
 * vault and workspace calls they make. Each names the API it imitates. Re-exported by test/fakes/obsidian.ts.
 */
import { EditorState, type Extension, type Transaction } from "@codemirror/state";
import { App, Workspace, type TFile } from "./obsidian";

/** A stand-in for the DOM elements Obsidian's helpers build (`createEl`, `createDiv`, `setText`…); records text and listeners. */
export class FakeDomElement {
	readonly children: FakeDomElement[] = [];
	readonly classes = new Set<string>();
	readonly attributes: Record<string, string> = {};
	readonly listeners = new Map<string, ((event: unknown) => unknown)[]>();
	text = "";
	value = "";
	disabled = false;
	focused = false;
	constructor(public readonly tag = "div") {}
	createEl(tag: string, options: { text?: string; cls?: string; type?: string; placeholder?: string; attr?: Record<string, string> } = {}): FakeDomElement {
		const child = new FakeDomElement(tag);
		if (options.text !== undefined) child.text = options.text;
		if (options.cls) options.cls.split(" ").forEach((cls) => child.classes.add(cls));
		if (options.placeholder !== undefined) child.attributes.placeholder = options.placeholder;
		Object.assign(child.attributes, options.attr ?? {});
		this.children.push(child);
		return child;
	}
	createDiv(options: { text?: string; cls?: string; attr?: Record<string, string> } = {}): FakeDomElement {
		return this.createEl("div", options);
	}
	createSpan(options: { text?: string; cls?: string } = {}): FakeDomElement {
		return this.createEl("span", options);
	}
	addClass(cls: string): void {
		this.classes.add(cls);
	}
	setText(text: string): void {
		this.text = text;
	}
	empty(): void {
		this.children.length = 0;
		this.text = "";
	}
	focus(): void {
		this.focused = true;
	}
	addEventListener(type: string, listener: (event: unknown) => unknown): void {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
	}
	/** Test helper: fires an event at this element's listeners. */
	fire(type: string, event: Record<string, unknown> = {}): void {
		for (const listener of this.listeners.get(type) ?? []) listener({ preventDefault: () => undefined, ...event });
	}
	/** Test helper: the first descendant matching a tag or a class. */
	find(selector: string): FakeDomElement | undefined {
		for (const child of this.children) {
			if (child.tag === selector || child.classes.has(selector)) return child;
			const found = child.find(selector);
			if (found) return found;
		}
		return undefined;
	}
	/** Test helper: every text in this element and below, in order. */
	allText(): string[] {
		return [this.text, ...this.children.flatMap((child) => child.allText())].filter((text) => text !== "");
	}
}

/** Imitates `Editor`, backed by a real CodeMirror state as `editor.cm` (the `EditorView` Obsidian keeps there). */
export class FakeEditor {
	readonly cm: { state: EditorState; dispatch: (transaction: Transaction) => void };
	focused = false;
	constructor(doc: string, selection: { anchor: number; head?: number } = { anchor: 0 }, extensions: Extension = []) {
		const cm = {
			state: EditorState.create({ doc, selection, extensions }),
			dispatch: (transaction: Transaction) => {
				cm.state = transaction.state;
			},
		};
		this.cm = cm;
	}
	getValue(): string {
		return this.cm.state.doc.toString();
	}
	focus(): void {
		this.focused = true;
	}
}

/** Imitates `MarkdownView`: its editor, its file, and whether it shows Reading view ("preview") or editing view ("source"). */
export class MarkdownView {
	constructor(
		public editor: FakeEditor,
		public file: TFile | null,
		public mode: "source" | "preview" = "source",
	) {}
	getMode(): "source" | "preview" {
		return this.mode;
	}
}

/** Imitates `Modal`: `open` runs `onOpen` on a fake content element; every open modal is kept in `Modal.opened`. */
export class Modal {
	static opened: Modal[] = [];
	contentEl = new FakeDomElement();
	title = "";
	isOpen = false;
	constructor(public app: App) {}
	open(): void {
		this.isOpen = true;
		Modal.opened.push(this);
		void this.onOpen();
	}
	close(): void {
		this.isOpen = false;
		this.onClose();
	}
	setTitle(title: string): this {
		this.title = title;
		return this;
	}
	onOpen(): void | Promise<void> {}
	onClose(): void {}
}

/** Imitates `SuggestModal`: the placeholder and the empty-state text. */
export class SuggestModal<T> extends Modal {
	placeholder = "";
	emptyStateText = "";
	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
	}
	/** Test helper: the suggestions for `query`, as the app would list them. */
	suggestionsFor(query: string): T[] {
		return (this as unknown as { getSuggestions(query: string): T[] }).getSuggestions(query);
	}
}

/** A fuzzy match as Obsidian's `FuzzyMatch`: the item and where the query matched it. */
export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

/** Imitates `FuzzySuggestModal`: matches by `getItemText` (letters in order), shows the text, hands on the chosen item. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: unknown): void;
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const letters = query.toLowerCase().replace(/\s+/g, "");
		return this.getItems()
			.filter((item) => {
				const text = this.getItemText(item).toLowerCase();
				let at = 0;
				for (const letter of letters) {
					at = text.indexOf(letter, at) + 1;
					if (at === 0) return false;
				}
				return true;
			})
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}
	renderSuggestion(match: FuzzyMatch<T>, el: FakeDomElement): void {
		el.setText(this.getItemText(match.item));
	}
	onChooseSuggestion(match: FuzzyMatch<T>, evt: unknown): void {
		this.onChooseItem(match.item, evt);
	}
}

/** Imitates `renderMatches`: writes the text (the fake does not mark matched letters). */
export function renderMatches(el: FakeDomElement, text: string): void {
	el.setText(text);
}

/** The fake workspace plus the active view and opened files, as `getActiveViewOfType` and `getLeaf().openFile` see them. */
export class ViewWorkspace extends Workspace {
	activeView: unknown = null;
	readonly opened: string[] = [];
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		return this.activeView instanceof type ? this.activeView : null;
	}
	getLeaf(): { openFile(file: TFile): Promise<void> } {
		return {
			openFile: (file: TFile) => {
				this.opened.push(file.path);
				return Promise.resolve();
			},
		};
	}
}

/** An `App` whose workspace has an active view. */
export class CommandsApp extends App {
	override workspace = new ViewWorkspace();
}

