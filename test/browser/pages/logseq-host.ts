// A Logseq host of our own: loads the built plugin (dist/logseq, copied to logseq-plugin/) in an iframe and speaks the
// SDK's postMessage protocol to it (postmate handshake, "#lspmsg#" calls, "api:call" replies), over an in-memory graph.
// Learnt from logseq/logseq libs/src (LSPlugin.caller.ts, LSPlugin.core.ts, helpers.ts, postmate/index.ts) at the commit
// that published @logseq/libs 0.2.12, and from the 0.10.9 app (src/main/logseq/api.cljs, frontend/handler/editor.cljs).
import "./logseq-host.css";
import DOMPurify2 from "dompurify-2";
import DOMPurify3 from "dompurify-3";
import { LogseqBlockStore, type EntityBlock, type SeedBlock } from "../../support/logseq-block-store";
import { firstBlockOnly } from "../../support/logseq-outline";
import { bareCalls } from "../doubles/logseq-bare-calls";
import { provideUI } from "../doubles/logseq-injected-ui";

const TYPE = "application/x-postmate-v1+json";
const PID = "inncopilot";
const PROPERTY_LINE = /^[^\s:]+:: /;
const params = new URLSearchParams(location.search);
/** The 0.10.x host sanitises with DOMPurify 2.3.8 (libs/package.json at 0.10.9); the newer SDK hosts with 3.x. */
const purifier = params.get("purify") === "2" ? DOMPurify2 : DOMPurify3;

type Hooked = { label: string; hook: string; keybinding?: { binding?: string } };

let uuidCounter = 0;
const store = new LogseqBlockStore(firstBlockOnly, () => `10000000-0000-4000-8000-${String(++uuidCounter).padStart(12, "0")}`);
const state = {
	route: "",
	hooks: [] as string[],
	slash: [] as Hooked[],
	commands: [] as Hooked[],
	calls: [] as { method: string; args: unknown[]; at: number }[],
	modelCalls: [] as string[],
	messages: [] as string[],
	hiddenAt: 0,
	insertedAt: 0,
	connected: false,
};

const container = document.createElement("div");
container.id = `${PID}_lsp_main`;
container.className = "lsp-iframe-sandbox-container";
container.hidden = true;
const frame = document.createElement("iframe");
frame.id = `${PID}_iframe`;
container.append(frame);
const view = document.createElement("main");
view.id = "page";
const toast = document.createElement("div");
toast.id = "messages";
const toolbar = document.createElement("header");
toolbar.id = "toolbar";
document.body.append(toolbar, view, toast, container);

function post(message: Record<string, unknown>): void {
	frame.contentWindow?.postMessage({ type: TYPE, ...message }, "*");
}

/** `ParentAPI.call`: runs a property of the plugin's model (`#lspmsg#…` or a data-on-click name). */
function callModel(property: string, data: unknown): void {
	post({ postmate: "call", property, data });
}

/** `PluginLocal.hook…` (LSPlugin.core.ts `_hook`): an event to the plugin under its snake-cased hook name. */
function hook(ns: "hook:app" | "hook:editor" | "hook:db", type: string, payload: unknown): void {
	callModel("#lspmsg#", { ns, type, payload });
}

/** The installed hook name a registration's event key stands for (the SDK snake-cases it before installing it). */
function hookFor(ns: string, key: string): string {
	const folded = (text: string) => text.replace(/[^a-z0-9]/gi, "").toLowerCase();
	const found = state.hooks.find((each) => each.startsWith(`hook:${ns}:`) && folded(each.slice(ns.length + 6)) === folded(key));
	if (!found) throw new Error(`no hook installed for ${key}`);
	return found.slice(ns.length + 6);
}

function api(method: string, args: unknown[]): unknown {
	const name = method.replace(/[^a-z0-9]/gi, "").toLowerCase();
	// The arguments arrived as a structured clone of the plugin's and nothing here changes them: kept as they came.
	state.calls.push({ method: name, args: args ?? [], at: performance.now() });
	switch (name) {
		case "installpluginhook":
			state.hooks.push(String(args[1]));
			return null;
		case "registerpluginslashcommand": {
			const [label, actions] = args[1] as [string, [string, string][]];
			const step = actions.find((action) => action[0] === "editor/hook");
			if (step) state.slash.push({ label, hook: hookFor("editor", step[1]) });
			return null;
		}
		case "registerpluginsimplecommand": {
			const [opts, step] = args[1] as [{ label: string; keybinding?: { binding?: string } }, [string, string]];
			state.commands.push({ label: opts.label, keybinding: opts.keybinding, hook: hookFor("editor", step[1]) });
			return null;
		}
		case "registerpluginuiitem": {
			// The host draws a toolbar item's template in its header (frontend/components/plugins.cljs, hook-ui-items) with
			// the same sanitising and data-on-* wiring as provideUI.
			const [, , opts] = args as [string, string, { key: string; template: string }];
			provideUI({ slot: "toolbar", key: opts.key, template: opts.template }, injection);
			return null;
		}
		case "insertbatchblock": {
			saveEditing();
			const [target, batch, opts] = args as [string, SeedBlock[], Record<string, boolean>];
			const answer = store.insertBatch(target, batch, opts);
			state.insertedAt = performance.now();
			dbChanged([store.block(target)]);
			// The page is drawn again after the call, not in it: the host's transaction only marks the page's queries
			// changed (frontend/modules/outliner/pipeline.cljs `invoke-hooks`, then frontend/db/react.cljs `refresh!`) and
			// rum re-renders them on a later frame. One render on the next task also shows the store's own edit of the last block.
			setTimeout(render, 0);
			return answer;
		}
		case "editblock":
			startEditing(typeof args[0] === "string" ? args[0] : (args[0] as { uuid: string }).uuid);
			return null;
		case "getblock":
			return store.block(args[0] as string | number);
		case "getcurrentblock":
			return store.editing === null ? null : store.block(store.editing);
		case "getcurrentpage":
			return store.page(state.route);
		case "getcurrentpageblockstree":
			return store.tree(state.route);
		case "getpage":
			return typeof args[0] === "string" || typeof args[0] === "number" ? store.page(args[0]) : null;
		case "getpageblockstree":
			return typeof args[0] === "string" ? store.tree(args[0]) : null;
		case "getallpages":
			return store.allPages();
		case "uishowmsg":
			state.messages.push(String(args[0]));
			toast.textContent = String(args[0]);
			return "message";
		default:
			return null;
	}
}

/** How provideUI reaches the page: the chosen sanitiser, and data-on-* calls recorded before they go to the plugin. */
const injection = {
	pid: PID,
	purifier,
	onModelCall(name: string, data: unknown): void {
		state.modelCalls.push(name);
		callModel(name, data);
	},
};

/** What the plugin sends (`childRefParent.emit("#lspmsg#<pid>", { type, payload })`), as LSPlugin.core.ts handles it. */
function dispatch(type: string, payload: Record<string, unknown>): void {
	if (type === "api:call") {
		const sync = payload._sync;
		let result: unknown;
		try {
			result = api(String(payload.method), (payload.args as unknown[]) ?? []);
		} catch (error) {
			result = { "#lspmsg#error#": String(error instanceof Error ? error.message : error) };
		}
		if (sync != null) callModel("#lspmsg#reply#", { _sync: sync, result });
	} else if (type === "provider:ui") provideUI(payload, injection);
	else if (type === "provider:style" && typeof payload === "string") {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(payload);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	} else if (type === "main-ui:visible") {
		container.hidden = !payload.visible;
		if (payload.visible && payload.autoFocus) frame.focus();
		if (!payload.visible) state.hiddenAt = performance.now();
	} else if (type === "main-ui:style") Object.assign(container.style, payload);
}

function visible(block: EntityBlock): string {
	return block.content.split("\n").filter((line) => !PROPERTY_LINE.test(line)).join("\n").trim();
}

function saveEditing(): void {
	const editor = view.querySelector<HTMLTextAreaElement>("textarea.editor");
	const block = store.editing === null ? null : store.block(store.editing);
	if (!editor || !block || editor.value === visible(block)) return;
	const props = block.content.split("\n").filter((line) => PROPERTY_LINE.test(line));
	store.save(block.uuid, [editor.value, ...props].join("\n"));
	dbChanged([store.block(block.uuid)]);
}

/** `DB.onChanged`: after each transaction the host sends the changed blocks (frontend/modules/outliner/pipeline.cljs). */
function dbChanged(blocks: unknown[]): void {
	if (!state.hooks.some((each) => each.startsWith("hook:db:"))) return;
	hook("hook:db", hookFor("db", "changed"), { blocks: blocks.filter(Boolean), txData: [], txMeta: { outlinerOp: "saveBlock" } });
}

/** The host saves the block being typed in once typing pauses (the editor's auto-save), without leaving it. */
let autoSave: number | undefined;
function typed(): void {
	clearTimeout(autoSave);
	autoSave = window.setTimeout(saveEditing, 200);
}

function startEditing(uuid: string | null): void {
	saveEditing();
	store.editing = uuid;
	render();
	const editor = view.querySelector<HTMLTextAreaElement>("textarea.editor");
	editor?.focus();
	editor?.setSelectionRange(editor.value.length, editor.value.length);
}

let slotCounter = 0;
function renderBlock(block: EntityBlock): HTMLElement {
	const el = document.createElement("div");
	el.className = "ls-block";
	el.dataset.uuid = block.uuid;
	const content = document.createElement("div");
	content.className = "block-content";
	if (block.uuid === store.editing) {
		const editor = document.createElement("textarea");
		editor.className = "editor";
		editor.value = visible(block);
		editor.addEventListener("input", showSlashMenu);
		editor.addEventListener("input", typed);
		editor.addEventListener("keydown", slashKeys);
		content.append(editor);
	} else {
		const text = visible(block);
		let last = 0;
		for (const match of text.matchAll(/\{\{renderer ([^}]*)\}\}/g)) {
			content.append(text.slice(last, match.index));
			const slot = document.createElement("span");
			slot.id = `macro-slot-${++slotCounter}`;
			content.append(slot);
			const args = match[1].split(",").map((arg) => arg.trim());
			setTimeout(() => hook("hook:app", "macro_renderer_slotted", { slot: slot.id, payload: { arguments: args, uuid: block.uuid } }), 0);
			last = (match.index ?? 0) + match[0].length;
		}
		content.append(text.slice(last));
		content.addEventListener("mousedown", (event) => {
			if ((event.target as HTMLElement).closest("[data-injected-ui]")) return;
			event.preventDefault();
			startEditing(block.uuid);
		});
	}
	const children = document.createElement("div");
	children.className = "block-children";
	children.append(...block.children.map(renderBlock));
	el.append(content, children);
	return el;
}

function render(): void {
	view.replaceChildren(...(store.tree(state.route) ?? []).map(renderBlock));
}

const menu = document.createElement("ul");
menu.id = "slash-menu";
document.body.append(menu);

function showSlashMenu(event: Event): void {
	const editor = event.target as HTMLTextAreaElement;
	const typed = /\/([^/\n]*)$/.exec(editor.value.slice(0, editor.selectionStart));
	const matches = typed ? state.slash.filter((command) => command.label.toLowerCase().includes(typed[1].toLowerCase())) : [];
	menu.replaceChildren(
		...matches.map((command) => {
			const item = document.createElement("li");
			item.textContent = command.label;
			return item;
		}),
	);
}

/** Enter on the slash menu: the typed "/command" is removed ("editor/clear-current-slash"), then the plugin's hook runs. */
function slashKeys(event: KeyboardEvent): void {
	if (event.key === "Escape") {
		startEditing(null);
		return;
	}
	if (event.key !== "Enter" || menu.children.length === 0) return;
	event.preventDefault();
	const editor = event.target as HTMLTextAreaElement;
	const label = menu.children[0].textContent ?? "";
	const command = state.slash.find((each) => each.label === label);
	editor.value = editor.value.replace(/\/[^/\n]*$/, "");
	menu.replaceChildren();
	const uuid = store.editing;
	if (command && uuid) hook("hook:editor", command.hook, { uuid, format: "markdown" });
}

/** A command's own keybinding ("mod+shift+n"), as Logseq's shortcut handler runs it. */
document.addEventListener("keydown", (event) => {
	for (const command of state.commands) {
		const parts = (command.keybinding?.binding ?? "").split("+");
		const key = parts[parts.length - 1];
		if (!key || event.key.toLowerCase() !== key || event.shiftKey !== parts.includes("shift") || (event.ctrlKey || event.metaKey) !== parts.includes("mod")) continue;
		event.preventDefault();
		hook("hook:editor", command.hook, {});
	}
});

window.addEventListener("message", (event) => {
	if (event.source !== frame.contentWindow) return;
	const data = event.data as { type?: string; postmate?: string; value?: { name: string; data: { type: string; payload: Record<string, unknown> } } };
	if (data?.type !== TYPE) return;
	if (data.postmate === "handshake-reply" && !state.connected) {
		state.connected = true;
		callModel("#lspmsg#ready#", { pid: PID });
	} else if (data.postmate === "emit" && data.value?.name === `#lspmsg#${PID}`) dispatch(data.value.data.type, data.value.data.payload ?? {});
});

/** The postmate handshake (`Postmate.sendHandshake`): sent on load and every 500 ms, five times at most, with baseInfo. */
frame.addEventListener("load", () => {
	let attempts = 0;
	const send = () => {
		if (state.connected || attempts++ >= 5) return;
		post({ postmate: "handshake", model: { baseInfo: { id: PID, name: "inncopilot", settings: { disabled: false } } } });
		setTimeout(send, 500);
	};
	send();
});

/** What the spec drives. */
const host = {
	state,
	store,
	open(pages: Record<string, SeedBlock[]>, route: string): void {
		for (const [name, forest] of Object.entries(pages)) store.addPage(name, forest);
		state.route = route.toLowerCase();
		render();
	},
	...bareCalls(store),
	tree: () => store.tree(state.route),
	/** The user picks a command by its label in the command palette, which runs its hook (frontend/components/command_palette.cljs). */
	palette(label: string): void {
		const command = state.commands.find((each) => each.label === label);
		if (!command) throw new Error(`no command "${label}"`);
		hook("hook:editor", command.hook, {});
	},
	/** The user opens another page: the host routes to it and tells plugins (`App.onRouteChanged`, frontend/handler/route.cljs). */
	go(route: string): void {
		saveEditing();
		store.editing = null;
		state.route = route.toLowerCase();
		render();
		hook("hook:app", hookFor("app", "routeChanged"), { path: `/page/${encodeURIComponent(state.route)}`, template: "/page/:name" });
	},
};
(window as unknown as { logseqHost: typeof host }).logseqHost = host;
frame.src = `logseq-plugin/index.html?__v__=0.1.0`;
