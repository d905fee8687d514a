/** The vault as the core reads it (its `NoteReader` port): Markdown notes by path, links resolved as Obsidian opens them. */
import type { App } from "obsidian";
import type { NoteReader } from "../core/ports";

/** Obsidian's `NoteReader`: cached reads of Markdown notes, links resolved by `getFirstLinkpathDest`. See also `MemoryVault`. */
export function vaultNotes(app: App): NoteReader {
	return {
		read: (path) => {
			const file = app.vault.getFileByPath(path);
			return file === null || file.extension !== "md" ? null : app.vault.cachedRead(file);
		},
		resolveLink: (target, fromPath) => app.metadataCache.getFirstLinkpathDest(target, fromPath)?.path ?? null,
	};
}
