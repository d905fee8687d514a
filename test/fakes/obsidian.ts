/**
 * A minimal stand-in for the `obsidian` module, for testing the glue in src/obsidian without the app.
 * Each fake names the API it imitates and grows only when a test needs more; feature fakes live in their own files.
 */

/** A handle returned by `Events.on`, as Obsidian's `EventRef`. */
export interface EventRef {
	source: Events;
	name: string;
	callback: (...args: unknown[]) => unknown;
}

/** Imitates `Events`: on/off/trigger. */
export class Events {
	private handlers: EventRef[] = [];
	on(name: string, callback: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { source: this, name, callback: callback as (...args: unknown[]) => unknown };
		this.handlers.push(ref);
		return ref;
	}
	offref(ref: EventRef): void {
		this.handlers = this.handlers.filter((handler) => handler !== ref);
	}
	trigger(name: string, ...args: unknown[]): void {
		for (const handler of this.handlers.filter((h) => h.name === name)) handler.callback(...args);
	}
	/** Test helper: how many handlers listen to `name`. */
	listenerCount(name: string): number {
		return this.handlers.filter((handler) => handler.name === name).length;
	}
}

/** Imitates `TAbstractFile`. */
export class TAbstractFile {
	constructor(public path: string) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

/** Imitates `TFile`. */
export class TFile extends TAbstractFile {
	get basename(): string {
		return this.name.replace(/\.[^.]*$/, "");
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot === -1 ? "" : this.name.slice(dot + 1);
	}
}

/** Imitates `TFolder`. */
export class TFolder extends TAbstractFile {}

/** Imitates `CachedMetadata`, the parts the plugin reads. */
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	tags?: { tag: string }[];
}

/** Imitates `Vault`: an in-memory vault that fires create/modify/delete/rename like the real one. */
export class Vault extends Events {
	readonly files = new Map<string, { file: TFile; text: string }>();
	/** Test helper: how many times a note's text was read. */
	reads = 0;

	/** Test helper: puts a note in the vault without firing events, as at start-up. */
	seed(path: string, text: string): TFile {
		const file = new TFile(path);
		this.files.set(path, { file, text });
		return file;
	}
	getMarkdownFiles(): TFile[] {
		return [...this.files.values()].map((entry) => entry.file).filter((file) => file.extension === "md");
	}
	getFileByPath(path: string): TFile | null {
		return this.files.get(path)?.file ?? null;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.getFileByPath(path);
	}
	cachedRead(file: TFile): Promise<string> {
		this.reads++;
		const entry = this.files.get(file.path);
		return entry ? Promise.resolve(entry.text) : Promise.reject(new Error(`ENOENT: ${file.path}`));
	}
	read(file: TFile): Promise<string> {
		return this.cachedRead(file);
	}
	create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) return Promise.reject(new Error("File already exists."));
		const file = this.seed(path, text);
		this.trigger("create", file);
		return Promise.resolve(file);
	}
	modify(file: TFile, text: string): Promise<void> {
		const entry = this.files.get(file.path);
		if (!entry) return Promise.reject(new Error(`ENOENT: ${file.path}`));
		entry.text = text;
		this.trigger("modify", file);
		return Promise.resolve();
	}
	async process(file: TFile, fn: (text: string) => string): Promise<string> {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		const next = fn(entry.text);
		if (next !== entry.text) await this.modify(file, next);
		return next;
	}
	/** Test helper: deletes a note and fires `delete`. */
	remove(path: string): void {
		const entry = this.files.get(path);
		if (!entry) return;
		this.files.delete(path);
		this.trigger("delete", entry.file);
	}
	/** Test helper: renames a note and fires `rename` with the old path. */
	move(oldPath: string, newPath: string): void {
		const entry = this.files.get(oldPath);
		if (!entry) return;
		this.files.delete(oldPath);
		entry.file.path = newPath;
		this.files.set(newPath, entry);
		this.trigger("rename", entry.file, oldPath);
	}
}

/** Imitates `MetadataCache`: front matter and tags parsed naively from the fake vault's text. */
export class MetadataCache extends Events {
	constructor(private readonly vault: Vault) {
		super();
	}
	getFileCache(file: TFile): CachedMetadata | null {
		const entry = this.vault.files.get(file.path);
		if (!entry) return null;
		const cache: CachedMetadata = {};
		const front = /^---\n([\s\S]*?)\n---/.exec(entry.text);
		if (front) {
			cache.frontmatter = {};
			for (const line of front[1].split("\n")) {
				const pair = /^(\w[\w-]*):\s*(.*)$/.exec(line);
				if (pair) cache.frontmatter[pair[1]] = pair[2];
			}
		}
		const body = front ? entry.text.slice(front[0].length) : entry.text;
		cache.tags = [...body.matchAll(/(?:^|\s)(#[\p{L}\w/-]+)/gu)].map((m) => ({ tag: m[1] }));
		return cache;
	}
	/** Test helper: edits a note as the user would, firing `changed` with the new text as Obsidian does once it re-parses. */
	edit(vault: Vault, path: string, text: string): void {
		const entry = vault.files.get(path);
		if (!entry) throw new Error(`no note ${path}`);
		entry.text = text;
		this.trigger("changed", entry.file, text, this.getFileCache(entry.file));
	}
}

/** Imitates `getAllTags`: tags of a cache with their `#`, front matter tags included. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	const front = cache.frontmatter?.tags;
	const fromFront = typeof front === "string" ? front.split(/[,\s]+/).filter(Boolean).map((t) => `#${t.replace(/^#/, "")}`) : [];
	return [...fromFront, ...(cache.tags ?? []).map((t) => t.tag)];
}

/** Imitates `Workspace`: layout readiness and events. */
export class Workspace extends Events {
	layoutReady = false;
	private pending: (() => unknown)[] = [];
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.pending.push(callback);
	}
	/** Test helper: the moment Obsidian finishes restoring the layout. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const callback of this.pending.splice(0)) callback();
	}
}

/** Imitates `App`. */
export class App {
	vault = new Vault();
	metadataCache = new MetadataCache(this.vault);
	workspace = new Workspace();
}

/** Imitates `Component`: children and cleanups run on unload. */
export class Component {
	private cleanups: (() => unknown)[] = [];
	private children: Component[] = [];
	loaded = false;
	load(): void {
		this.loaded = true;
		this.onload();
	}
	onload(): void {}
	onunload(): void {}
	unload(): void {
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.loaded = false;
		this.onunload();
	}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}
	register(cleanup: () => unknown): void {
		this.cleanups.push(cleanup);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.source.offref(ref));
	}
	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
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

/** Imitates `Plugin`: commands, settings tabs and data kept in memory. */
export class Plugin extends Component {
	readonly commands: Command[] = [];
	readonly settingTabs: PluginSettingTab[] = [];
	/** Test helper: what `loadData` returns and `saveData` stores. */
	data: unknown = null;
	constructor(
		public app: App,
		public manifest: { id: string; name: string; version: string } = { id: "inncopilot", name: "innCoPilot", version: "0.0.0" },
	) {
		super();
	}
	addCommand(command: Command): Command {
		this.commands.push(command);
		return command;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	loadData(): Promise<unknown> {
		return Promise.resolve(this.data === null ? null : JSON.parse(JSON.stringify(this.data)));
	}
	saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
		return Promise.resolve();
	}
}

/** Imitates `Notice`; every message shown is kept in `Notice.shown` for tests to read. */
export class Notice {
	static shown: string[] = [];
	constructor(public message: string | DocumentFragment) {
		Notice.shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
	}
	hide(): void {}
}

/** Imitates `PluginSettingTab`. */
export class PluginSettingTab {
	containerEl = new FakeElement();
	constructor(
		public app: App,
		public plugin: Plugin,
	) {}
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

/** A tiny element stand-in for settings tabs; records text so tests can read what the tab shows. */
export class FakeElement {
	children: FakeElement[] = [];
	text = "";
	empty(): void {
		this.children = [];
	}
	createDiv(): FakeElement {
		const child = new FakeElement();
		this.children.push(child);
		return child;
	}
	setText(text: string): void {
		this.text = text;
	}
}

/** Imitates `Setting`: records its name, description and controls, and lets tests drive each control's onChange. */
export class Setting {
	static all: Setting[] = [];
	name = "";
	desc = "";
	heading = false;
	readonly controls: { kind: string; value: unknown; change?: (value: never) => unknown }[] = [];
	constructor(public containerEl: FakeElement) {
		Setting.all.push(this);
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
export * from "./insert";
export * from "./tool-links";
export * from "./sidebar";
