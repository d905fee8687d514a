/** Drafting in Obsidian's copilot sidebar: the transport over `fetch` with `requestUrl` as fallback, notes read and written through the editor. */
import { Notice, requestUrl, type App } from "obsidian";
import { acceptDraftEdit } from "../../core/drafting/accept-draft";
import { draftInput } from "../../core/drafting/draft-input";
import type { DraftPort } from "../../core/drafting/draft-session";
import type { InnCoPilotSettings } from "../../core/settings";
import { NoteModelLoader } from "../../core/sidebar";
import { DraftingPanel } from "../../ui/drafting/drafting-panel";
import type { ProfileSource } from "../sidebar/copilot-deps";
import { editableView, noteText, vaultNotes } from "../sidebar/note-editor";
import type { ApiKeyStore } from "./api-key-store";
import { DraftTransport, windowFetch, type BufferedRequest } from "./draft-transport";

/** What drafting needs from the plugin, built once in main.ts. */
export interface ObsidianDraftingDeps {
	settings: () => Pick<InnCoPilotSettings, "drafting" | "flavor">;
	apiKeys: ApiKeyStore;
	profiles: ProfileSource;
}

/** Obsidian's `requestUrl` as the all-at-once fallback: it is not held to cross-origin rules, but cannot stream or be stopped. */
const bufferedRequest: BufferedRequest = async (request) => {
	const response = await requestUrl({ ...request, throw: false });
	return { status: response.status, text: response.text };
};

/**
 * Makes, for one sidebar view showing `notePath()`, its drafting panel. One `transport` (Obsidian's, unless a test
 * gives its own) serves every view, so the all-at-once fallback is remembered per endpoint.
 */
export function obsidianDrafting(
	app: App,
	deps: ObsidianDraftingDeps,
	transport: DraftPort = new DraftTransport(windowFetch, bufferedRequest),
): (notePath: () => string | null) => DraftingPanel {
	const loader = new NoteModelLoader(deps.profiles, vaultNotes(app));
	return (notePath) =>
		new DraftingPanel(transport, {
			config: () => ({ settings: deps.settings().drafting, apiKey: deps.apiKeys.get() }),
			notePath,
			notice: (message) => new Notice(message),
			input: async (path, card, question) => {
				const file = app.vault.getFileByPath(path);
				if (file === null) throw new Error(`“${path}” is no longer in the vault`);
				const text = await noteText(app, file);
				return draftInput(await loader.load(path, text), card.name, question.text, path, text);
			},
			accept: async (path, card, question, text) => {
				const file = app.vault.getFileByPath(path);
				const view = file === null ? null : await editableView(app, file);
				if (view === null) return `Could not open “${path}” in an editor to write the draft.`;
				const { editor } = view;
				const result = acceptDraftEdit(editor.getValue(), card, question, text, { cursor: editor.getCursor(), flavor: deps.settings().flavor });
				if (!result.ok) return result.message;
				const { edit } = result;
				editor.transaction({ changes: [{ from: edit.from, to: edit.to, text: edit.text }], selection: { from: edit.cursor } });
				editor.focus();
				return null;
			},
		});
}
