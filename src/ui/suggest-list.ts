/**
 * A fuzzy picker over a list, as Obsidian's command palette and suggest modals: type to filter, arrows, Enter, Escape.
 * The playground's pickers (playground/suggest.ts) and the Logseq plugin's profile picker (src/logseq/profile-picker.ts) both draw it.
 */
import { fuzzyFilter } from "./fuzzy-filter";

/** What a picker lists and what picking does. */
export interface SuggestOptions<T> {
	/** Names the dialog for screen readers. */
	title: string;
	placeholder: string;
	items: readonly T[];
	/** The text matched against the query. */
	label(item: T): string;
	/** A second, muted line under the label. */
	detail?(item: T): string;
	/** Runs on the choice; with `holdUntilChosen`, the picker stays until the promise it returns settles. */
	choose(item: T): void | Promise<unknown>;
	/**
	 * Choosing keeps the picker drawn, deaf to input, until the promise `choose` returns settles, and closes it then: what
	 * the choice sends out leaves before the picker's removal waits for the next paint.
	 */
	holdUntilChosen?: boolean;
	/** Hears of the item highlighted after each change of the query or the selection (none when nothing matches). */
	highlighted?(item: T): void;
	/** Called when the picker closes, chosen or not. */
	closed?(): void;
}

/**
 * Opens a picker over `host`, its classes named after `prefix` (`<prefix>-modal-backdrop`, `<prefix>-suggest`,
 * `<prefix>-suggest-input`, `-list`, `-item` with `is-selected`, `-label`, `-detail`, `-empty`), so each host styles it
 * its own way; returns the function that closes it.
 */
export function openSuggestList<T>(host: HTMLElement, prefix: string, options: SuggestOptions<T>): () => void {
	const cls = (part: string) => `${prefix}-suggest${part}`;
	const backdrop = host.createDiv({ cls: `${prefix}-modal-backdrop` });
	const dialog = backdrop.createDiv({ cls: cls(""), attr: { role: "dialog", "aria-modal": "true", "aria-label": options.title } });
	const input = dialog.createEl("input", {
		cls: cls("-input"),
		attr: { type: "text", placeholder: options.placeholder, "aria-label": options.placeholder, role: "combobox", "aria-expanded": "true" },
	});
	const list = dialog.createEl("ul", { cls: cls("-list"), attr: { role: "listbox", "aria-label": options.title } });
	let shown: T[] = [];
	let selected = 0;
	let open = true;
	let held = false;

	const close = () => {
		if (!open) return;
		open = false;
		backdrop.remove();
		options.closed?.();
	};
	const pick = (item: T | undefined) => {
		if (item === undefined || held) return;
		if (!options.holdUntilChosen) {
			close();
			void options.choose(item);
			return;
		}
		held = true;
		void Promise.resolve(options.choose(item)).then(close, close);
	};
	const render = () => {
		const found = fuzzyFilter(options.items, input.value, (item) => options.label(item));
		shown = found.map((each) => each.item);
		selected = Math.min(selected, Math.max(shown.length - 1, 0));
		list.replaceChildren();
		if (found.length === 0) list.createEl("li", { cls: cls("-empty"), text: "No match." });
		found.forEach(({ item, match }, index) => {
			const option = list.createEl("li", {
				cls: `${cls("-item")}${index === selected ? " is-selected" : ""}`,
				attr: { role: "option", "aria-selected": String(index === selected) },
			});
			const label = option.createDiv({ cls: cls("-label") });
			highlight(label, options.label(item), match.indices);
			const detail = options.detail?.(item);
			if (detail) option.createDiv({ cls: cls("-detail"), text: detail });
			option.addEventListener("mousedown", (event) => event.preventDefault());
			option.addEventListener("click", () => pick(item));
			if (index === selected) option.scrollIntoView({ block: "nearest" });
		});
		if (shown.length > 0) options.highlighted?.(shown[selected]);
	};

	input.addEventListener("input", () => {
		if (held) return;
		selected = 0;
		render();
	});
	input.addEventListener("keydown", (event) => {
		if (held) event.preventDefault();
		else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			const step = event.key === "ArrowDown" ? 1 : -1;
			if (shown.length > 0) selected = (selected + step + shown.length) % shown.length;
			render();
		} else if (event.key === "Enter") {
			event.preventDefault();
			pick(shown[selected]);
		} else if (event.key === "Escape") {
			event.preventDefault();
			close();
		}
	});
	backdrop.addEventListener("mousedown", (event) => {
		if (event.target === backdrop && !held) close();
	});
	render();
	input.focus();
	return close;
}

/** Writes `text` into `parent`, the matched characters in <mark> elements. */
function highlight(parent: HTMLElement, text: string, indices: readonly number[]): void {
	const marked = new Set(indices);
	let run = "";
	let runMarked = false;
	const flush = () => {
		if (run === "") return;
		if (runMarked) parent.createEl("mark", { text: run });
		else parent.appendChild(parent.ownerDocument.createTextNode(run));
		run = "";
	};
	for (let i = 0; i < text.length; i++) {
		if (marked.has(i) !== runMarked) {
			flush();
			runMarked = marked.has(i);
		}
		run += text[i];
	}
	flush();
}
