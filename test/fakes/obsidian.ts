/**
 * A minimal stand-in for the `obsidian` module, for testing the glue in src/obsidian without the app.
 * Each fake names the API it imitates and grows only when a test needs more; feature fakes live in their own files.
 */

import { Events, type EventRef } from "./events";
import { MetadataCache, Vault } from "./vault";

export * from "./events";
export * from "./vault";

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
