/** The Logseq plugin's composition root: builds each piece once and registers the features with the host. */
import { TemplateEngine } from "../core/templates/template-engine";
import { registerEmbedSummaries } from "./embed-summaries";
import { registerFieldCommands } from "./field-commands";
import { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import { HOST_STYLE } from "./host-style";
import { startCopilotPanel, type CopilotPanel, type PanelDeps } from "./copilot-panel";
import { insertProfileTemplate, registerInsertTemplate, type InsertTemplateDeps } from "./insert-template";
import { logseqSettings, SETTINGS_SCHEMA } from "./settings-schema";
import { registerToolChips } from "./tool-chips";

/** What the plugin takes from its frame: ways to ask for a profile and about a second worksheet, fresh block uuids, the panel's element, timers, the clipboard. */
export interface PluginFrame {
	pick: InsertTemplateDeps["pick"];
	ask: InsertTemplateDeps["ask"];
	newUuid: () => string;
	panel: Pick<PanelDeps, "root" | "debounce" | "writeClipboard">;
}

/** How long the graph's changes pause before the plugin reads the changed pages again, in milliseconds. */
export const GRAPH_REFRESH_MS = 500;

/** Registers settings, commands, the chip renderer and the copilot panel with the host; returns the panel. */
export function startPlugin(host: LogseqHost, frame: PluginFrame): CopilotPanel {
	host.useSettingsSchema(SETTINGS_SCHEMA);
	const settings = () => logseqSettings(host.settings);
	const library = new GraphLibrary(host.Editor, settings);
	host.provideStyle(HOST_STYLE);
	const engine = new TemplateEngine();
	const pick: InsertTemplateDeps["pick"] = (entries, highlighted) => {
		panel.yieldFrame();
		return frame.pick(entries, highlighted);
	};
	const insert = { host, library, engine, pick, ask: frame.ask, newUuid: frame.newUuid, debounce: frame.panel.debounce };
	const panel = startCopilotPanel({ ...frame.panel, host, library, engine, newUuid: frame.newUuid, insertTemplate: () => void insertProfileTemplate(insert, null) });
	registerInsertTemplate(insert);
	registerFieldCommands(host);
	registerToolChips(host, library, settings);
	registerEmbedSummaries(host, library);
	// The graph's notes list the pages again after a change: at most once per pause of half a second, for all its blocks.
	const changedBlocks: { id?: number; page?: { id?: number } }[] = [];
	const refresh = frame.panel.debounce(() => void library.notes.changed(changedBlocks.splice(0)), GRAPH_REFRESH_MS);
	host.DB.onChanged(({ blocks }) => {
		changedBlocks.push(...blocks);
		refresh();
	});
	return panel;
}
