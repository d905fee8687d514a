/** The Logseq plugin's composition root: builds each piece once and registers the features with the host. */
import type { CatalogProfile } from "../core/catalog/profile-catalog";
import { TemplateEngine } from "../core/templates/template-engine";
import { registerFieldCommands } from "./field-commands";
import { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import { HOST_STYLE } from "./host-style";
import { registerInsertTemplate } from "./insert-template";
import { logseqSettings, SETTINGS_SCHEMA } from "./settings-schema";
import { registerToolChips } from "./tool-chips";

/** What the plugin takes from its frame: a way to ask the user for a profile, and fresh block uuids. */
export interface PluginFrame {
	pick: (entries: readonly CatalogProfile[]) => Promise<CatalogProfile | null>;
	newUuid: () => string;
}

/** Registers settings, commands and the chip renderer with the host. */
export function startPlugin(host: LogseqHost, frame: PluginFrame): void {
	host.useSettingsSchema(SETTINGS_SCHEMA);
	const settings = () => logseqSettings(host.settings);
	const library = new GraphLibrary(host.Editor, settings);
	host.provideStyle(HOST_STYLE);
	registerInsertTemplate({ host, library, engine: new TemplateEngine(), pick: frame.pick, newUuid: frame.newUuid });
	registerFieldCommands(host);
	registerToolChips(host, library, settings);
}
