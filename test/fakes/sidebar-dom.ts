/**
 * A fake DOM for the copilot sidebar's renderer in jest: HTMLElement with Obsidian's createEl/createDiv/createSpan and
 * `isShown`, and the document's focus. Re-exported by test/fakes/sidebar.ts.
 */

/** Imitates the document an element belongs to: only which element has focus. */
export class FakeDocument {
	activeElement: FakeHtmlElement | null = null;
}

/** Options of Obsidian's `createEl`, as our code passes them. */
interface ElementOptions {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | boolean>;
}

/** Imitates HTMLElement with Obsidian's createEl/createDiv/createSpan and `isShown`; records clicks and redraws for tests. */
export class FakeHtmlElement {
	readonly children: FakeHtmlElement[] = [];
	readonly attributes = new Map<string, string>();
	readonly classes: string[];
	private readonly listeners = new Map<string, (() => void)[]>();
	parent: FakeHtmlElement | null = null;
	text = "";
	/** False imitates `display: none` on this element (a hidden sidebar or tab). */
	shown = true;
	/** How many times `replaceChildren` emptied it: a redraw. */
	redraws = 0;

	constructor(
		readonly tagName: string,
		readonly ownerDocument: FakeDocument,
		options: ElementOptions = {},
	) {
		this.classes = (Array.isArray(options.cls) ? options.cls : (options.cls ?? "").split(" ")).filter((cls) => cls !== "");
		this.text = options.text ?? "";
		for (const [name, value] of Object.entries(options.attr ?? {})) if (value !== false) this.attributes.set(name, value === true ? "" : value);
	}

	createEl(tag: string, options: ElementOptions = {}): FakeHtmlElement {
		const child = new FakeHtmlElement(tag, this.ownerDocument, options);
		child.parent = this;
		this.children.push(child);
		return child;
	}

	createDiv(options: ElementOptions = {}): FakeHtmlElement {
		return this.createEl("div", options);
	}

	createSpan(options: ElementOptions = {}): FakeHtmlElement {
		return this.createEl("span", options);
	}

	replaceChildren(): void {
		this.children.length = 0;
		this.text = "";
		this.redraws++;
	}

	setAttribute(name: string, value: string): void {
		this.attributes.set(name, value);
	}

	removeAttribute(name: string): void {
		this.attributes.delete(name);
	}

	/** Moves `child` here, out of wherever it was, as the DOM does. */
	appendChild(child: FakeHtmlElement): FakeHtmlElement {
		const siblings = child.parent?.children;
		if (siblings !== undefined) siblings.splice(siblings.indexOf(child), 1);
		child.parent = this;
		this.children.push(child);
		return child;
	}

	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}

	addEventListener(type: string, listener: () => void): void {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
	}

	/** Test helper: a click, as a mouse or Enter on a focused button produces. */
	click(): void {
		for (const listener of this.listeners.get("click") ?? []) listener();
	}

	focus(): void {
		this.ownerDocument.activeElement = this;
	}

	contains(other: FakeHtmlElement): boolean {
		for (let node: FakeHtmlElement | null = other; node !== null; node = node.parent) if (node === this) return true;
		return false;
	}

	querySelectorAll(selector: string): FakeHtmlElement[] {
		const attribute = /^\[([\w-]+)\]$/.exec(selector)?.[1];
		if (attribute === undefined) throw new Error(`FakeHtmlElement.querySelectorAll understands [attribute] only, not ${selector}`);
		return this.descendants().filter((each) => each.attributes.has(attribute));
	}

	isShown(): boolean {
		return this.shown && (this.parent === null || this.parent.isShown());
	}

	get textContent(): string {
		return this.text + this.children.map((child) => child.textContent).join("");
	}

	set textContent(value: string) {
		this.children.length = 0;
		this.text = value;
	}

	/** Test helper: every descendant with the class `cls`. */
	findAll(cls: string): FakeHtmlElement[] {
		return this.descendants().filter((each) => each.classes.includes(cls));
	}

	/** Test helper: the first descendant with the class `cls`, or an error naming it. */
	find(cls: string): FakeHtmlElement {
		const found = this.findAll(cls)[0];
		if (found === undefined) throw new Error(`no element with class ${cls}`);
		return found;
	}

	private descendants(): FakeHtmlElement[] {
		return this.children.flatMap((child) => [child, ...child.descendants()]);
	}
}
