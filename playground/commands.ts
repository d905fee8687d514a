/** The playground's commands: what the palette lists and the toolbar shows, each run against the open note. */
import { openSuggest } from "./suggest";

/** One command, as the user sees it in the palette. */
export interface PlaygroundCommand {
	/** Stable id, the plugin's where the command is the plugin's. */
	id: string;
	/** Sentence case, as in Obsidian's palette. */
	name: string;
	/** A short toolbar label; commands without one are in the palette only. */
	button?: string;
	run(): void;
}

/** Draws a button per command that has a toolbar label. */
export function renderToolbar(toolbar: HTMLElement, commands: readonly PlaygroundCommand[]): void {
	toolbar.replaceChildren();
	for (const command of commands) {
		if (command.button === undefined) continue;
		const button = toolbar.createEl("button", { cls: "playground-button", text: command.button, attr: { "data-command": command.id, title: command.name } });
		button.addEventListener("mousedown", (event) => event.preventDefault());
		button.addEventListener("click", () => command.run());
	}
}

/** Opens the command palette over `host`: fuzzy filter, arrows, Enter runs, Escape closes. */
export function openPalette(host: HTMLElement, commands: readonly PlaygroundCommand[], closed: () => void): () => void {
	return openSuggest(host, {
		title: "Command palette",
		placeholder: "Type a command…",
		items: commands,
		label: (command) => command.name,
		choose: (command) => command.run(),
		closed,
	});
}

/** True for the key press that opens the palette: Ctrl-P, or Cmd-P on a Mac. */
export function isPaletteKey(event: KeyboardEvent): boolean {
	return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "p";
}
