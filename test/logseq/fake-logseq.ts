/** A typed fake of the Logseq SDK object over an in-memory graph: it records every call and lets a test play the user. */
import { randomUUID } from "crypto";
import type { BlockEntity, PageEntity, SettingSchemaDesc, UIOptions } from "@logseq/libs/dist/LSPlugin";
import type { LogseqHost } from "../../src/logseq/host";
import { LogseqBlockStore, type SeedBlock } from "../support/logseq-block-store";
import { firstBlockOnly } from "../support/logseq-outline";

type Handler = (event: Record<string, unknown>) => unknown;

/** One recorded SDK call: the method's path and its arguments. */
export interface Call {
	method: string;
	args: unknown[];
}

/** The fake and what a test drives it with. */
export interface FakeLogseq {
	host: LogseqHost;
	store: LogseqBlockStore;
	calls: Call[];
	/** The page the user is on. */
	route: { page: string };
	/** What each `UI.showMsg` said. */
	messages: string[];
	/** Every `provideUI` payload. */
	ui: UIOptions[];
	/** Runs the slash command of that label from the block `uuid`, as the host does after removing the typed "/command". */
	slash(label: string, uuid: string): Promise<void>;
	/** Runs the palette command of that key. */
	palette(key: string): Promise<void>;
	/** Tells the plugin's `DB.onChanged` listeners that these blocks (or pages, by id) changed, as the host does after each transaction. */
	dbChanged(blocks: { id: number; page?: { id: number } }[]): void;
	/** Asks the plugin to fill a macro slot, as the host does when it renders `{{renderer …}}`. */
	slot(slot: string, args: string[], uuid?: string): void;
	schema: SettingSchemaDesc[];
}

/** A fake whose graph holds `pages`; the user is on the first one. */
export function fakeLogseq(pages: Record<string, SeedBlock[]>, settings: Record<string, unknown> = {}): FakeLogseq {
	const store = new LogseqBlockStore(firstBlockOnly, randomUUID);
	for (const [name, forest] of Object.entries(pages)) store.addPage(name, forest);
	const calls: Call[] = [];
	const slashes = new Map<string, Handler>();
	const palettes = new Map<string, Handler>();
	const slots: Handler[] = [];
	const dbListeners: Handler[] = [];
	const record = (method: string, args: unknown[]) => calls.push({ method, args: JSON.parse(JSON.stringify(args ?? null)) as unknown[] });
	const fake: FakeLogseq = {
		store,
		calls,
		route: { page: Object.keys(pages)[0]?.toLowerCase() ?? "" },
		messages: [],
		ui: [],
		schema: [],
		async slash(label, uuid) {
			const handler = slashes.get(label);
			if (!handler) throw new Error(`no slash command "${label}"`);
			await handler({ uuid });
		},
		async palette(key) {
			const handler = palettes.get(key);
			if (!handler) throw new Error(`no palette command "${key}"`);
			await handler({});
		},
		dbChanged(blocks) {
			for (const listener of dbListeners) void listener({ blocks, txData: [], txMeta: {} });
		},
		slot(slot, args, uuid = randomUUID()) {
			for (const handler of slots) void handler({ slot, payload: { arguments: args, uuid } });
		},
		host: {
			settings,
			Editor: {
				registerSlashCommand: (tag, action) => {
					record("Editor.registerSlashCommand", [tag]);
					if (typeof action === "function") slashes.set(tag, action as Handler);
				},
				insertBatchBlock: async (src, batch, opts) => {
					record("Editor.insertBatchBlock", [src, batch, opts]);
					const answer = store.insertBatch(typeof src === "string" ? src : src.uuid, batch, opts);
					// The real answer comes back by postMessage, a task queued after the host's own setTimeout(0) edit.
					await new Promise((resolve) => setTimeout(resolve, 1));
					return answer;
				},
				editBlock: async (src) => {
					record("Editor.editBlock", [src]);
					store.editing = typeof src === "string" ? src : src.uuid;
				},
				getBlock: async (src) => {
					record("Editor.getBlock", [src]);
					return store.block(typeof src === "object" ? src.uuid : src) as unknown as BlockEntity | null;
				},
				getCurrentBlock: async () => {
					record("Editor.getCurrentBlock", []);
					return (store.editing === null ? null : store.block(store.editing)) as unknown as BlockEntity | null;
				},
				getCurrentPage: async () => {
					record("Editor.getCurrentPage", []);
					return store.page(fake.route.page) as unknown as PageEntity | null;
				},
				getCurrentPageBlocksTree: async () => {
					record("Editor.getCurrentPageBlocksTree", []);
					return (store.tree(fake.route.page) ?? []) as unknown as BlockEntity[];
				},
				getPage: async (src) => {
					record("Editor.getPage", [src]);
					return (typeof src === "string" || typeof src === "number" ? store.page(src) : null) as unknown as PageEntity | null;
				},
				getPageBlocksTree: async (src) => {
					record("Editor.getPageBlocksTree", [src]);
					return (typeof src === "string" ? store.tree(src) : null) as unknown as BlockEntity[] | null;
				},
				getAllPages: async () => {
					record("Editor.getAllPages", []);
					return store.allPages() as unknown as PageEntity[];
				},
			},
			App: {
				registerCommandPalette: (opts, action) => {
					record("App.registerCommandPalette", [opts]);
					palettes.set(opts.key, action as Handler);
				},
				onMacroRendererSlotted: (callback) => {
					record("App.onMacroRendererSlotted", []);
					slots.push(callback as Handler);
				},
				registerUIItem: (type, opts) => record("App.registerUIItem", [type, opts]),
				onRouteChanged: (callback) => {
					record("App.onRouteChanged", [typeof callback]);
					return () => undefined;
				},
			},
			UI: {
				showMsg: async (content) => {
					record("UI.showMsg", [content]);
					fake.messages.push(content);
					return "message";
				},
			},
			DB: {
				onChanged: (callback) => {
					record("DB.onChanged", [typeof callback]);
					dbListeners.push(callback as Handler);
					// As the SDK's own off-hook: the listener hears nothing more.
					return () => void dbListeners.splice(dbListeners.indexOf(callback as Handler), 1);
				},
			},
			provideUI(ui) {
				record("provideUI", [ui]);
				fake.ui.push(ui);
				return this;
			},
			provideModel(model) {
				record("provideModel", [Object.keys(model)]);
				return this;
			},
			provideStyle(style) {
				record("provideStyle", [typeof style]);
				return this;
			},
			useSettingsSchema(schema) {
				record("useSettingsSchema", [schema]);
				fake.schema = schema;
				return this;
			},
			onSettingsChanged: (callback) => {
				record("onSettingsChanged", [typeof callback]);
				return () => undefined;
			},
			showMainUI: (opts) => record("showMainUI", [opts]),
			hideMainUI: (opts) => record("hideMainUI", [opts]),
			setMainUIInlineStyle: (style) => record("setMainUIInlineStyle", [style]),
		},
	};
	return fake;
}

/** The recorded calls to one method. */
export function callsTo(fake: FakeLogseq, method: string): Call[] {
	return fake.calls.filter((call) => call.method === method);
}
