/**
 * The copilot panel in Logseq: the plugin's frame pinned to the right of the window, drawn by the one sidebar controller
 * (src/ui/sidebar) over a `SidebarHost` made of the Logseq SDK. A note's path is its page's name with ".md", as the
 * graph library's profile catalog names pages. Toggled from a toolbar item and a palette command.
 */
import { PageScanCache } from "../core/logseq/page-scan";
import type { TemplateEngine } from "../core/templates/template-engine";
import { SidebarController } from "../ui/sidebar/sidebar-controller";
import type { DebouncePort, SidebarHost } from "../ui/sidebar/sidebar-host";
import { addAnswerBlock } from "./answer-block";
import type { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import { showPosition } from "./show-position";

/** What the panel needs: the host, the graph, the engine (for prompts), its element, timers, the clipboard and block uuids. */
export interface PanelDeps {
	host: LogseqHost;
	library: GraphLibrary;
	engine: TemplateEngine;
	root: HTMLElement;
	debounce: DebouncePort;
	writeClipboard: (text: string) => Promise<void>;
	newUuid: () => string;
	insertTemplate: () => void;
}

/** The palette command's label, also the toolbar button's title. */
export const PANEL_LABEL = "Toggle copilot panel";

/** Where the frame goes while the panel shows: a column at the right of the window, under Logseq's header. */
export const PANEL_STYLE = { position: "fixed", top: "48px", left: "auto", right: "0", bottom: "0", width: "360px", height: "auto", zIndex: "11" } as const;

/** The frame over the whole window, for the profile picker. */
const WHOLE_WINDOW = { position: "fixed", top: "0", left: "0", right: "0", bottom: "0", width: "100%", height: "100%", zIndex: "11" } as const;

const pageOf = (path: string) => path.replace(/\.md$/i, "");

/** The running panel: its controller, and the toggle the toolbar item and the palette command run. */
export interface CopilotPanel {
	controller: SidebarController;
	toggle: () => Promise<void>;
	/** Gives the frame to the profile picker, whole-window; the panel counts as closed afterwards. */
	yieldFrame: () => void;
}

/** Registers the panel's toolbar item, palette command and listeners. */
export function startCopilotPanel(deps: PanelDeps): CopilotPanel {
	const { host, library } = deps;
	let shown = false;
	let pageId: number | null = null;
	// The page's model after each change: only the lines of the blocks typed in, added or removed are read again.
	const pageScans = new PageScanCache();
	const sidebarHost: SidebarHost = {
		root: deps.root,
		isVisible: () => shown,
		debounce: deps.debounce,
		notes: library.notes,
		liveNote: async (path) => {
			const page = await host.Editor.getPage(pageOf(path));
			if (!page) return null;
			const scan = pageScans.scan((await host.Editor.getPageBlocksTree(pageOf(path))) ?? []);
			return { name: page.originalName ?? page.name, text: scan.text, scan };
		},
		edit: () => Promise.resolve(null),
		notify: (message) => void host.UI.showMsg(message),
		writeClipboard: deps.writeClipboard,
		markdown: {
			render: (markdown, el) => {
				el.textContent = markdown;
				return () => undefined;
			},
		},
		canInsertTemplate: () => true,
		insertTemplate: () => deps.insertTemplate(),
		answerQuestion: (path, card, question) => addAnswerBlock(host, pageOf(path), card.name, question.text, deps.newUuid),
		showPosition: (path, at) => showPosition(host, pageOf(path), at),
	};
	const controller = new SidebarController(sidebarHost, { settings: () => ({ flavor: "logseq" }), profiles: library.catalog, engine: deps.engine });
	const followCurrent = async () => {
		const page = await host.Editor.getCurrentPage();
		// A zoomed-in block comes back as a block entity, which has no name: the panel keeps the page it shows.
		const name: unknown = page && "name" in page ? (page.originalName ?? page.name) : null;
		if (page === null || typeof name !== "string") return;
		pageId = page.id;
		controller.follow(`${name}.md`);
	};
	const toggle = async () => {
		shown = !shown;
		deps.root.hidden = !shown;
		if (!shown) {
			host.hideMainUI({ restoreEditingCursor: true });
			return;
		}
		host.setMainUIInlineStyle(PANEL_STYLE);
		host.showMainUI({ autoFocus: false });
		await library.profiles();
		await followCurrent();
		controller.visibilityChanged();
	};
	host.provideModel({ toggleCopilotPanel: () => void toggle() });
	host.App.registerUIItem("toolbar", { key: "inncopilot-panel", template: `<a class="button" data-on-click="toggleCopilotPanel" title="${PANEL_LABEL}">ⓘ</a>` });
	host.App.registerCommandPalette({ key: "toggle-copilot-panel", label: PANEL_LABEL }, () => void toggle());
	host.App.onRouteChanged(() => void followCurrent());
	// The controller waits for typing to pause before it reads again; only changes to the followed page count.
	host.DB.onChanged(({ blocks }) => {
		const path = controller.followedPath();
		if (path !== null && blocks.some((each) => each.page?.id === pageId || each.id === pageId)) controller.noteChanged(path);
	});
	const yieldFrame = () => {
		shown = false;
		deps.root.hidden = true;
		host.setMainUIInlineStyle(WHOLE_WINDOW);
	};
	controller.start();
	return { controller, toggle, yieldFrame };
}
