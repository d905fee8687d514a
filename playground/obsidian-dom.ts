/** The DOM helpers Obsidian adds to every element (createEl, createDiv, createSpan), which the playground, as host, provides. */

/** The options of Obsidian's `createEl` that our code uses; text always goes in as text, never as HTML. */
interface ElementOptions {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
}

function createIn<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, options: ElementOptions | string = {}): HTMLElementTagNameMap[K] {
	const element = parent.ownerDocument.createElement(tag);
	const opts = typeof options === "string" ? { cls: options } : options;
	for (const cls of Array.isArray(opts.cls) ? opts.cls : (opts.cls ?? "").split(" ")) if (cls !== "") element.classList.add(cls);
	if (opts.text !== undefined) element.textContent = opts.text;
	for (const [name, value] of Object.entries(opts.attr ?? {})) if (value !== null && value !== false) element.setAttribute(name, String(value));
	parent.appendChild(element);
	return element;
}

/** Installs the helpers on the page's HTMLElement prototype, as Obsidian does at start-up. */
export function installObsidianDom(): void {
	const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
	proto.createEl = function (this: HTMLElement, tag: keyof HTMLElementTagNameMap, options?: ElementOptions | string) {
		return createIn(this, tag, options);
	};
	proto.createDiv = function (this: HTMLElement, options?: ElementOptions | string) {
		return createIn(this, "div", options);
	};
	proto.createSpan = function (this: HTMLElement, options?: ElementOptions | string) {
		return createIn(this, "span", options);
	};
}
