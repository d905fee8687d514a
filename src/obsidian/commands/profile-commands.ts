/** The profile commands as one feature: built once by the plugin, registered in `load`. */
import type { Plugin } from "obsidian";
import { typingBeforeScroll } from "../../editor/typing-before-scroll";
import type { CommandDeps } from "./command-deps";
import { convertProfileFlavorCommand } from "./convert-profile-flavor";
import { createProfileNoteCommand } from "./create-profile-note";
import { insertProfileTemplateCommand } from "./insert-profile-template";
import { nextFieldCommand, previousFieldCommand } from "./field-commands";
import { repairTextEncodingCommand } from "./repair-text-encoding";

/** Insert profile template, create profile note, next and previous field, repair text encoding, convert profile page format. */
export class ProfileCommands {
	readonly #plugin: Pick<Plugin, "addCommand" | "registerEditorExtension">;
	readonly #deps: CommandDeps;

	constructor(plugin: Pick<Plugin, "addCommand" | "registerEditorExtension">, deps: CommandDeps) {
		this.#plugin = plugin;
		this.#deps = deps;
	}

	/**
	 * Adds the commands (no default hotkeys), and to every editor the fix that keeps typing in order when the editor
	 * scrolls meanwhile, as it does right after an insertion or a jump to a field; Obsidian removes both on unload.
	 */
	load(): void {
		this.#plugin.registerEditorExtension(typingBeforeScroll);
		for (const command of [
			insertProfileTemplateCommand(this.#deps),
			createProfileNoteCommand(this.#deps),
			nextFieldCommand(),
			previousFieldCommand(),
			repairTextEncodingCommand(),
			convertProfileFlavorCommand(),
		]) {
			this.#plugin.addCommand(command);
		}
	}
}
