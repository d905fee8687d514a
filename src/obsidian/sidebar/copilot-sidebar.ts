/** The copilot sidebar feature: registers its view, its commands and its ribbon icon. */
import { words } from "../../core/wording/wording";
import { Notice, type App, type Plugin, type WorkspaceLeaf } from "obsidian";
import type { CopilotDeps } from "../../ui/sidebar/copilot-deps";
import { COPILOT_VIEW_TYPE, CopilotView } from "./copilot-view";

/** The parts of the plugin the feature registers through; everything registered is cleaned up with the plugin. */
export type CopilotHost = Pick<Plugin, "app" | "registerView" | "addCommand" | "addRibbonIcon">;

/** One feature, one class: build it once in main.ts and call `load()` from onload. */
export class CopilotSidebar {
	readonly #host: CopilotHost;
	readonly #deps: CopilotDeps;

	constructor(host: CopilotHost, deps: CopilotDeps) {
		this.#host = host;
		this.#deps = deps;
	}

	/** Registers the view, the "Open copilot sidebar" and pin commands and the ribbon icon. Does no other work. */
	load(): void {
		const app = this.#host.app;
		this.#host.registerView(COPILOT_VIEW_TYPE, (leaf) => new CopilotView(leaf, this.#deps));
		const open = "Open copilot sidebar";
		this.#host.addCommand({ id: "open-copilot-sidebar", name: open, callback: () => void openCopilotSidebar(app) });
		this.#host.addCommand({
			id: "toggle-copilot-pin",
			name: "Pin or unpin the copilot sidebar",
			checkCallback: (checking) => {
				const view = copilotViews(app)[0];
				if (view === undefined || view.shownPath() === null) return false;
				if (!checking) view.togglePin();
				return true;
			},
		});
		this.#host.addRibbonIcon("compass", open, () => void openCopilotSidebar(app));
	}
}

/** Shows the copilot sidebar: the existing one (loaded if deferred), else a new one in the right sidebar. */
export async function openCopilotSidebar(app: App): Promise<void> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(COPILOT_VIEW_TYPE)[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		if (leaf === null) {
			new Notice(words("sidebar-no-right-sidebar"));
			return;
		}
		await leaf.setViewState({ type: COPILOT_VIEW_TYPE, active: true });
	}
	if (leaf.isDeferred) await leaf.loadIfDeferred();
	await workspace.revealLeaf(leaf);
}

/** The loaded copilot views; deferred ones (not yet shown since startup) are left alone. */
export function copilotViews(app: App): CopilotView[] {
	return app.workspace.getLeavesOfType(COPILOT_VIEW_TYPE).flatMap((leaf) => (leaf.view instanceof CopilotView ? [leaf.view] : []));
}
