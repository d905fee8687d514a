/** Drafting wired into the one sidebar controller: the panel's host, made of the sidebar host's own ports. */
import { acceptDraftEdit } from "../../core/drafting/accept-draft";
import { draftInput } from "../../core/drafting/draft-input";
import type { DraftPort } from "../../core/drafting/draft-session";
import type { DraftingSettings } from "../../core/drafting/drafting-settings";
import type { NoteModelLoader } from "../../core/sidebar";
import { applyQuestionClick, cursorPosition } from "../../editor/apply-sidebar-click";
import type { SidebarHost } from "../sidebar/sidebar-host";
import { DraftingPanel } from "./drafting-panel";

/** What a host gives drafting: the transport to the model, and the settings and key in force now. */
export interface DraftingDeps {
	port: DraftPort;
	config(): { settings: DraftingSettings; apiKey: string | null };
}

/**
 * The drafting panel for a sidebar showing `notePath()`: prompts read from the note's live text, an accepted draft
 * written through the note's editor as one undo step (`acceptDraftEdit`, applied as a question click's edit is).
 */
export function sidebarDrafting(
	host: SidebarHost,
	deps: DraftingDeps,
	loader: NoteModelLoader,
	flavor: () => "auto" | "obsidian" | "logseq",
	notePath: () => string | null,
): DraftingPanel {
	return new DraftingPanel(deps.port, {
		config: () => deps.config(),
		notePath,
		notice: (message) => host.notify(message),
		input: async (path, card, question) => {
			const note = await host.liveNote(path);
			if (note === null) throw new Error(`“${path}” is no longer in the vault`);
			return draftInput(await loader.load(path, note.text), card.name, question.text, path, note.text);
		},
		accept: async (path, card, question, text) => {
			const editing = await host.edit(path);
			if (editing === null) return `Could not open “${path}” in an editor to write the draft.`;
			const { view } = editing;
			const result = acceptDraftEdit(view.state.doc.toString(), card, question, text, { cursor: cursorPosition(view.state), flavor: flavor() });
			if (!result.ok) return result.message;
			applyQuestionClick(view, { kind: "edit", edit: result.edit });
			editing.focus();
			return null;
		},
	});
}
