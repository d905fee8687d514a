/**
 * Drafting in the playground: settings from the page's address (`?draft-url=http://127.0.0.1:11434&draft-model=llama3.2`,
 * optionally `draft-provider=lm-studio`, `draft-context=8192`), the plugin's own transport over the page's `fetch`, and
 * accepted drafts written into the playground's editor as one undo step. Without `draft-url`, drafting stays off.
 */
import { acceptDraftEdit } from "../src/core/drafting/accept-draft";
import { draftInput } from "../src/core/drafting/draft-input";
import { DEFAULT_DRAFTING, readDraftingSettings, type DraftingSettings } from "../src/core/drafting/drafting-settings";
import type { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { NoteModelLoader } from "../src/core/sidebar";
import { applyQuestionClick, cursorPosition } from "../src/editor/sidebar-clicks";
import { DraftTransport, windowFetch } from "../src/obsidian/drafting/draft-transport";
import { DraftingPanel } from "../src/ui/drafting/drafting-panel";
import type { NoteEditor } from "./note-editor";
import type { Notices } from "./notices";

/** The drafting settings the page's query string asks for; off when it names no endpoint. */
export function draftingFromQuery(search: string): DraftingSettings {
	const query = new URLSearchParams(search);
	const url = query.get("draft-url");
	if (url === null) return DEFAULT_DRAFTING;
	return readDraftingSettings({
		enabled: true,
		provider: query.get("draft-provider") ?? "ollama",
		baseUrl: url,
		model: query.get("draft-model") ?? "",
		contextTokens: query.get("draft-context") ?? DEFAULT_DRAFTING.contextTokens,
	});
}

/** What the playground's drafting reads and writes. */
export interface PlaygroundDraftingDeps {
	settings: () => { drafting: DraftingSettings; flavor: "auto" | "obsidian" | "logseq" };
	vault: MemoryVault;
	profiles: ProfileCatalog;
	editor: NoteEditor;
	notices: Notices;
	notePath: () => string | null;
}

/** The sidebar's drafting panel for the playground. */
export function playgroundDrafting(deps: PlaygroundDraftingDeps): DraftingPanel {
	const loader = new NoteModelLoader(deps.profiles, deps.vault);
	return new DraftingPanel(new DraftTransport(windowFetch, null), {
		config: () => ({ settings: deps.settings().drafting, apiKey: null }),
		notePath: deps.notePath,
		notice: (message) => deps.notices.show(message),
		input: async (path, card, question) => {
			const text = deps.vault.read(path) ?? "";
			return draftInput(await loader.load(path, text), card.name, question.text, path, text);
		},
		accept: (path, card, question, text) => {
			if (deps.editor.path !== path) deps.editor.open(path);
			const { view } = deps.editor;
			const result = acceptDraftEdit(view.state.doc.toString(), card, question, text, { cursor: cursorPosition(view.state), flavor: deps.settings().flavor });
			if (!result.ok) return Promise.resolve(result.message);
			applyQuestionClick(view, { kind: "edit", edit: result.edit });
			view.focus();
			return Promise.resolve(null);
		},
	});
}
