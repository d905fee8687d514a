// Browser pages only: Obsidian's createEl/createDiv/createSpan DOM helpers, which Obsidian adds to every element at run time.
// Only the options our renderers pass are imitated (cls, text, attr); text always goes in as text, never as HTML.

/** The options of Obsidian's `createEl` that our code uses. */
interface ElementOptions {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
}

function createElIn<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, options: ElementOptions | string = {}): HTMLElementTagNameMap[K] {
	const el = (parent.ownerDocument ?? document).createElement(tag);
	const opts = typeof options === "string" ? { cls: options } : options;
	const classes = Array.isArray(opts.cls) ? opts.cls : (opts.cls ?? "").split(" ");
	for (const cls of classes) if (cls !== "") el.classList.add(cls);
	if (opts.text !== undefined) el.textContent = opts.text;
	for (const [name, value] of Object.entries(opts.attr ?? {})) {
		if (value !== null && value !== false) el.setAttribute(name, String(value));
	}
	parent.appendChild(el);
	return el;
}

/** Installs the helpers on HTMLElement.prototype, as Obsidian does. */
export function installObsidianDom(): void {
	const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
	proto.createEl = function (this: HTMLElement, tag: keyof HTMLElementTagNameMap, options?: ElementOptions | string) {
		return createElIn(this, tag, options);
	};
	proto.createDiv = function (this: HTMLElement, options?: ElementOptions | string) {
		return createElIn(this, "div", options);
	};
	proto.createSpan = function (this: HTMLElement, options?: ElementOptions | string) {
		return createElIn(this, "span", options);
	};
}
