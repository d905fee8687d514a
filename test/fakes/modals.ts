/** The fake modals of the `obsidian` module: `Modal`, `SuggestModal`, `FuzzySuggestModal` and `renderMatches`. */
import { FakeElement } from "./dom";
import type { App } from "./obsidian";

/** Imitates `Modal`: `open` runs `onOpen` on a fake content element; the app keeps every modal opened, for tests. */
export class Modal {
	readonly contentEl: FakeElement;
	title = "";
	isOpen = false;
	constructor(public app: App) {
		this.contentEl = new FakeElement("div", app.document);
	}
	open(): void {
		this.isOpen = true;
		this.app.modals.push(this);
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
	renderSuggestion(match: FuzzyMatch<T>, el: FakeElement): void {
		el.setText(this.getItemText(match.item));
	}
	onChooseSuggestion(match: FuzzyMatch<T>, evt: unknown): void {
		this.onChooseItem(match.item, evt);
	}
}

/** Imitates `renderMatches`: writes the text (the fake does not mark matched letters). */
export function renderMatches(el: FakeElement, text: string): void {
	el.setText(text);
}
