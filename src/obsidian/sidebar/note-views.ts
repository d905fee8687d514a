/** The notes the sidebar shows, in Obsidian's Markdown views: the view showing a note, its live text, opening it for editing. */
import { words } from "../../core/wording/wording";
import { MarkdownView, Notice, type App, type TFile } from "obsidian";
import type { NoteEditing } from "../../ui/sidebar/sidebar-host";
import { editorTargetOf } from "../editor-target";

/** The Markdown view showing `path`: the active one if it does, else any loaded one; null when none does. */
export function markdownViewOf(app: App, path: string): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === path) return active;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) return leaf.view;
	}
	return null;
}

/** The note at `path` with its name and live text: the editor's, unsaved typing included, when the note is open; else the vault's. Null when there is no such note. */
export async function liveNote(app: App, path: string): Promise<{ name: string; text: string } | null> {
	const file = app.vault.getFileByPath(path);
	if (file === null) return null;
	const view = markdownViewOf(app, file.path);
	return { name: file.basename, text: view !== null ? view.editor.getValue() : await app.vault.cachedRead(file) };
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

/** The note at `path` open for editing (see `editableView`) with its CodeMirror view, or null after a Notice saying why not. */
export async function editingOf(app: App, path: string): Promise<NoteEditing | null> {
	const file = app.vault.getFileByPath(path);
	const view = file === null ? null : await editableView(app, file);
	const target = view === null ? null : editorTargetOf(view.editor);
	if (view === null || target === null) {
		new Notice(words("editor-unavailable", { note: file?.basename ?? path }));
		return null;
	}
	return { view: target, focus: () => view.editor.focus() };
}
