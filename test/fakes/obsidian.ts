/**
 * The one fake `obsidian` module (jest maps `obsidian` here): one `App` with one `Vault`, `MetadataCache` and
 * `Workspace`, one fake DOM (dom.ts), one `Editor` and `MarkdownView` (editor.ts). Each fake names the API it imitates,
 * grows only when a test needs more, and keeps its records on the `App` or element it belongs to. No fake holds static
 * state: a `Notice` is shown in the active document, as Obsidian shows it, and the newest `App` is the active one.
 */
import { Component } from "./component";
import { FakeDocument, FakeElement } from "./dom";
import type { Modal } from "./modals";
import { MetadataCache, Vault } from "./vault";
import { Workspace, type ViewCreator } from "./workspace";

export * from "./component";
export * from "./dom";
export * from "./editor";
export * from "./events";
export * from "./modals";
export * from "./vault";
export * from "./workspace";

/** Imitates `App`, and the command registry (`app.commands`) that is not in the public typings. */
export class App {
	readonly document = activate(new FakeDocument());
	vault = new Vault();
	metadataCache = new MetadataCache(this.vault);
	workspace = new Workspace(this);
	readonly viewCreators = new Map<string, ViewCreator>();
	commands?: { findCommand(id: string): unknown; executeCommandById(id: string): boolean };
	/** Test helper: every modal opened, in order. */
	readonly modals: Modal[] = [];
	/** Test helper: every `MarkdownRenderer.render` call made with this app. */
	readonly rendered: { markdown: string; sourcePath: string; component: Component }[] = [];
	/** Test helper: what plugins registered with the app (commands, views, ribbon icons…) and have not removed, as Obsidian's registries hold them. */
	readonly registrations = new Set<{ kind: string; id: string }>();

	/** Test helper: opens the note in the main area and makes it active, as clicking it in the file explorer does. */
	async openNote(path: string): Promise<import("./editor").MarkdownView> {
		const file = this.vault.getFileByPath(path);
		if (file === null) throw new Error(`no note ${path}`);
		const leaf = this.workspace.leaves.find((each) => each.side === "main") ?? this.workspace.addLeaf("main");
		await leaf.openFile(file);
		return leaf.view as import("./editor").MarkdownView;
	}
}

/** Imitates `Command`, the fields the plugin sets. */
export interface Command {
	id: string;
	name: string;
	icon?: string;
	hotkeys?: unknown[];
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: unknown, view: unknown) => unknown;
	editorCheckCallback?: (checking: boolean, editor: unknown, view: unknown) => boolean | void;
}

/** Imitates `Plugin`: commands, settings tabs, editor registrations and data, kept in memory for tests to read. */
export class Plugin extends Component {
	readonly commands: Command[] = [];
	readonly settingTabs: PluginSettingTab[] = [];
	readonly editorExtensions: unknown[] = [];
	readonly postProcessors: ((el: unknown, ctx: unknown) => unknown)[] = [];
	readonly hoverSources: { id: string; info: { display: string; defaultMod: boolean } }[] = [];
	readonly views: string[] = [];
	readonly ribbonIcons: { icon: string; title: string; callback: () => unknown }[] = [];
	constructor(
		public app: App,
		public manifest: { id: string; name: string; version: string; dir?: string } = { id: "inncopilot", name: "innCoPilot", version: "0.0.0", dir: ".obsidian/plugins/inncopilot" },
	) {
		super();
	}
	/** Test helper: where data.json is. */
	get dataPath(): string {
		return `${this.manifest.dir ?? ""}/data.json`;
	}
	/** Test helper: what `loadData` returns and `saveData` stores (null when there is no data.json). */
	get data(): unknown {
		const text = this.app.vault.adapter.files.get(this.dataPath);
		return text === undefined ? null : (JSON.parse(text) as unknown);
	}
	set data(value: unknown) {
		if (value === null) this.app.vault.adapter.files.delete(this.dataPath);
		else this.app.vault.adapter.files.set(this.dataPath, JSON.stringify(value));
	}
	addCommand(command: Command): Command {
		this.commands.push(command);
		this.holdInApp("command", command.id);
		return command;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
		this.holdInApp("setting tab", this.manifest.id);
	}
	/** Like Obsidian's: null without a data.json; JSON.parse's error on one that is not JSON. */
	loadData(): Promise<unknown> {
		return new Promise((resolve) => resolve(this.data));
	}
	saveData(data: unknown): Promise<void> {
		return this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
	}
	registerEditorExtension(extension: unknown): void {
		this.editorExtensions.push(extension);
		this.holdInApp("editor extension", String(this.editorExtensions.length));
	}
	registerMarkdownPostProcessor(processor: (el: unknown, ctx: unknown) => unknown): void {
		this.postProcessors.push(processor);
		this.holdInApp("post-processor", String(this.postProcessors.length));
	}
	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.hoverSources.push({ id, info });
		this.holdInApp("hover link source", id);
	}
	/** Like Obsidian's: on unload the type is unregistered and its open views are unloaded, their leaves kept for a reload. */
	registerView(type: string, creator: ViewCreator): void {
		this.views.push(type);
		this.app.viewCreators.set(type, creator);
		this.holdInApp("view", type);
		this.register(() => {
			this.app.viewCreators.delete(type);
			this.app.workspace.unloadViewsOfType(type);
		});
	}
	addRibbonIcon(icon: string, title: string, callback: () => unknown): { remove(): void } {
		this.ribbonIcons.push({ icon, title, callback });
		const remove = this.holdInApp("ribbon icon", title);
		return { remove };
	}

	/** Records a registration in the app until the plugin unloads, as Obsidian removes each one then; returns its removal. */
	private holdInApp(kind: string, id: string): () => void {
		const record = { kind, id };
		const remove = () => void this.app.registrations.delete(record);
		this.app.registrations.add(record);
		this.register(remove);
		return remove;
	}
}

/** Imitates Obsidian's global `activeDocument` (the focused window's document): each new `App`'s document becomes it. */
function activate(document: FakeDocument): FakeDocument {
	(globalThis as { activeDocument?: FakeDocument }).activeDocument = document;
	return document;
}

/** Imitates `Notice`: its text is shown in the active document (read it in `app.document.notices`). */
export class Notice {
	constructor(public message: string | DocumentFragment) {
		const document = (globalThis as { activeDocument?: FakeDocument }).activeDocument;
		if (document === undefined) throw new Error("a Notice was shown before any App existed");
		document.notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
	}
	hide(): void {}
}

/** Imitates `MarkdownRenderChild`: a component tied to an element. */
export class MarkdownRenderChild extends Component {
	constructor(public containerEl: unknown) {
		super();
	}
}

/** Imitates `MarkdownRenderer.render`; each call is kept in its app's `rendered`. */
export class MarkdownRenderer {
	static render(app: App, markdown: string, _el: unknown, sourcePath: string, component: Component): Promise<void> {
		app.rendered.push({ markdown, sourcePath, component });
		return Promise.resolve();
	}
}

/** Imitates `debounce(cb, timeout, resetTimer)` with `cancel()`, on the (fake) timers. */
export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0): ((...args: T) => void) & { cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const debounced = (...args: T) => {
		clearTimeout(timer);
		timer = setTimeout(() => cb(...args), timeout);
	};
	return Object.assign(debounced, { cancel: () => clearTimeout(timer) });
}

/** Imitates `PluginSettingTab`. */
export class PluginSettingTab {
	readonly containerEl: FakeElement;
	constructor(
		public app: App,
		public plugin: Plugin,
	) {
		this.containerEl = new FakeElement("div", app.document);
	}
	/** Test helper: the settings the tab shows now, in order. */
	shownSettings(): Setting[] {
		return this.containerEl.findAll("setting-item").map((el) => el.owner as Setting);
	}
	display(): void {}
	hide(): void {}
	getSettingDefinitions(): unknown[] {
		return [];
	}
	getControlValue(): unknown {
		return undefined;
	}
	setControlValue(): void {}
}

/** Imitates `Setting`: a `setting-item` in its container; records its name, description and controls, and lets tests drive each control's onChange. */
export class Setting {
	readonly settingEl: FakeElement;
	name = "";
	desc = "";
	heading = false;
	readonly controls: { kind: string; value: unknown; change?: (value: never) => unknown }[] = [];
	constructor(public containerEl: FakeElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.settingEl.owner = this;
	}
	setName(name: string): this {
		this.name = name;
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.desc = typeof desc === "string" ? desc : (desc.textContent ?? "");
		return this;
	}
	setHeading(): this {
		this.heading = true;
		return this;
	}
	addText(build: (text: FakeControl) => unknown): this {
		return this.control("text", build);
	}
	addToggle(build: (toggle: FakeControl) => unknown): this {
		return this.control("toggle", build);
	}
	addDropdown(build: (dropdown: FakeControl) => unknown): this {
		return this.control("dropdown", build);
	}
	private control(kind: string, build: (control: FakeControl) => unknown): this {
		const control = new FakeControl(kind);
		build(control);
		this.controls.push(control.record);
		return this;
	}
}

/** One control of a fake `Setting` (text, toggle or dropdown). */
export class FakeControl {
	record: { kind: string; value: unknown; change?: (value: never) => unknown; options?: Record<string, string> };
	/** Imitates `TextComponent.inputEl`, for the input's type. */
	inputEl = { type: "text" };
	constructor(kind: string) {
		this.record = { kind, value: undefined };
	}
	setValue(value: unknown): this {
		this.record.value = value;
		return this;
	}
	setPlaceholder(): this {
		return this;
	}
	addOption(value: string, label: string): this {
		this.record.options = { ...this.record.options, [value]: label };
		return this;
	}
	addOptions(options: Record<string, string>): this {
		this.record.options = { ...this.record.options, ...options };
		return this;
	}
	onChange(change: (value: never) => unknown): this {
		this.record.change = change;
		return this;
	}
}
