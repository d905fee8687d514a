/** Finding, reading and opening the note the sidebar shows, in whichever Markdown view holds it; the vault as the core reads it. */
import { MarkdownView, type App, type TFile } from "obsidian";
import type { NoteReader } from "../../core/ports";

/** The Markdown view showing `path`: the active one if it does, else any loaded one; null when none does. */
export function markdownViewOf(app: App, path: string): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === path) return active;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) return leaf.view;
	}
	return null;
}

/** The note's live text: the editor's, unsaved typing included, when the note is open; else the vault's. */
export async function noteText(app: App, file: TFile): Promise<string> {
	const view = markdownViewOf(app, file.path);
	return view !== null ? view.editor.getValue() : app.vault.cachedRead(file);
}

/** A Markdown view of the note in editing mode, opening the note in the current tab when it is not open; null if that fails. */
export async function editableView(app: App, file: TFile): Promise<MarkdownView | null> {
	let view = markdownViewOf(app, file.path);
	if (view === null) {
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file, { active: true });
		view = leaf.view instanceof MarkdownView ? leaf.view : null;
	}
	if (view === null) return null;
	if (view.getMode() === "preview") {
		const state = view.leaf.getViewState();
		await view.leaf.setViewState({ ...state, state: { ...state.state, mode: "source" } });
	}
	app.workspace.setActiveLeaf(view.leaf, { focus: true });
	return view;
}

/** The vault as the sidebar's core reads it: Markdown notes by path (cached reads), links resolved as Obsidian opens them. */
export function vaultNotes(app: App): NoteReader {
	return {
		read: (path) => {
			const file = app.vault.getFileByPath(path);
			return file === null || file.extension !== "md" ? null : app.vault.cachedRead(file);
		},
		resolveLink: (target, fromPath) => app.metadataCache.getFirstLinkpathDest(target, fromPath)?.path ?? null,
	};
}
