/**
 * The one fake DOM: `HTMLElement` with the helpers Obsidian adds to it (createEl, createDiv, createSpan, setText, empty,
 * isShown) and the document's focus. Records listeners and redraws, and offers lookups, for tests to read.
 */

/** Imitates the document an element belongs to: only which element has focus. */
export class FakeDocument {
	activeElement: FakeElement | null = null;
	/** Test helper: the text of every `Notice` shown while this was the active document, in order (Obsidian shows them in its body). */
	readonly notices: string[] = [];
}

/** Options of Obsidian's `createEl` (`DomElementInfo`), as our code passes them. */
export interface ElementOptions {
	cls?: string;
	text?: string;
	type?: string;
	placeholder?: string;
	attr?: Record<string, string | number | boolean>;
}

type Listener = (event: unknown) => unknown;

/** Imitates `HTMLElement` with Obsidian's DOM helpers. */
export class FakeElement {
	readonly children: FakeElement[] = [];
	readonly classes: string[];
	readonly attributes = new Map<string, string>();
	private readonly listeners = new Map<string, Listener[]>();
	parent: FakeElement | null = null;
	text = "";
	value = "";
	disabled = false;
	/** False imitates `display: none` on this element (a hidden sidebar or tab). */
	shown = true;
	/** How many times `replaceChildren` emptied it: a redraw. */
	redraws = 0;
	/** Test helper: the fake that built this element and stands behind it (a `Setting` for its `settingEl`). */
	owner: unknown = null;

	constructor(
		readonly tag = "div",
		readonly ownerDocument = new FakeDocument(),
		options: ElementOptions = {},
	) {
		this.classes = (options.cls ?? "").split(" ").filter((cls) => cls !== "");
		this.text = options.text ?? "";
		if (options.type !== undefined) this.attributes.set("type", options.type);
		if (options.placeholder !== undefined) this.attributes.set("placeholder", options.placeholder);
		for (const [name, value] of Object.entries(options.attr ?? {})) this.attributes.set(name, String(value));
	}

	get tagName(): string {
		return this.tag;
	}

	createEl(tag: string, options: ElementOptions = {}): FakeElement {
		const child = new FakeElement(tag, this.ownerDocument, options);
		child.parent = this;
		this.children.push(child);
		return child;
	}
	createDiv(options: ElementOptions = {}): FakeElement {
		return this.createEl("div", options);
	}
	createSpan(options: ElementOptions = {}): FakeElement {
		return this.createEl("span", options);
	}
	addClass(cls: string): void {
		if (!this.classes.includes(cls)) this.classes.push(cls);
	}
	setText(text: string): void {
		this.text = text;
	}
	empty(): void {
		this.children.length = 0;
		this.text = "";
	}
	replaceChildren(): void {
		this.empty();
		this.redraws++;
	}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name, value);
	}
	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}
	removeAttribute(name: string): void {
		this.attributes.delete(name);
	}
	/** Moves `child` here, out of wherever it was, as the DOM does. */
	appendChild(child: FakeElement): FakeElement {
		const siblings = child.parent?.children;
		if (siblings !== undefined) siblings.splice(siblings.indexOf(child), 1);
		child.parent = this;
		this.children.push(child);
		return child;
	}
	addEventListener(type: string, listener: Listener): void {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
	}
	removeEventListener(type: string, listener: Listener): void {
		this.listeners.set(type, (this.listeners.get(type) ?? []).filter((each) => each !== listener));
	}
	focus(): void {
		this.ownerDocument.activeElement = this;
	}
	/** Whether this element has the focus. */
	get focused(): boolean {
		return this.ownerDocument.activeElement === this;
	}
	contains(other: FakeElement): boolean {
		for (let node: FakeElement | null = other; node !== null; node = node.parent) if (node === this) return true;
		return false;
	}
	querySelectorAll(selector: string): FakeElement[] {
		const attribute = /^\[([\w-]+)\]$/.exec(selector)?.[1];
		if (attribute === undefined) throw new Error(`FakeElement.querySelectorAll understands [attribute] only, not ${selector}`);
		return this.descendants().filter((each) => each.attributes.has(attribute));
	}
	isShown(): boolean {
		return this.shown && (this.parent === null || this.parent.isShown());
	}
	set textContent(value: string) {
		this.children.length = 0;
		this.text = value;
	}
	get textContent(): string {
		return this.text + this.children.map((child) => child.textContent).join("");
	}

	/** Test helper: how many event listeners this element and everything under it hold. */
	listenerCount(): number {
		let count = 0;
		for (const listeners of this.listeners.values()) count += listeners.length;
		return count + this.children.reduce((sum, child) => sum + child.listenerCount(), 0);
	}
	/** Test helper: fires an event at this element's listeners. */
	fire(type: string, event: Record<string, unknown> = {}): void {
		for (const listener of this.listeners.get(type) ?? []) listener({ preventDefault: () => undefined, ...event });
	}
	/** Test helper: a click, as a mouse or Enter on a focused button produces. */
	click(): void {
		this.fire("click");
	}
	/** Test helper: every descendant whose tag or class is `selector`, in document order. */
	findAll(selector: string): FakeElement[] {
		return this.descendants().filter((each) => each.tag === selector || each.classes.includes(selector));
	}
	/** Test helper: the first descendant whose tag or class is `selector`, or undefined. */
	find(selector: string): FakeElement | undefined {
		return this.findAll(selector)[0];
	}
	/** Test helper: the first descendant whose tag or class is `selector`, or an error naming it. */
	get(selector: string): FakeElement {
		const found = this.find(selector);
		if (found === undefined) throw new Error(`no element ${selector}`);
		return found;
	}
	/** Test helper: every text in this element and below, in order. */
	allText(): string[] {
		return [this.text, ...this.children.flatMap((child) => child.allText())].filter((text) => text !== "");
	}

	private descendants(): FakeElement[] {
		return this.children.flatMap((child) => [child, ...child.descendants()]);
	}
}
