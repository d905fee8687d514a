/** Builds the sidebar model for a note: the pure core, fed with Obsidian's link resolution and the key pages' texts. */
import { TFile, type App } from "obsidian";
import {
	buildSidebarModel,
	profilesOfNote,
	readKeyPage,
	scanNote,
	type AppliedProfile,
	type KeyPage,
	type ProfileLookup,
	type SidebarModel,
} from "../../core/sidebar";

/** A built model with the profiles it was built from (for the prompt) and the key pages it read. */
export interface LoadedNote {
	model: SidebarModel;
	applied: AppliedProfile[];
	/** The paths of the key pages read, so that a change to one of them refreshes the sidebar. */
	keyPaths: Set<string>;
}

/** Loads sidebar models; key pages are read once per modification time and kept. */
export class NoteModelLoader {
	private readonly keyPages = new Map<string, { mtime: number; page: KeyPage }>();

	constructor(
		private readonly app: App,
		private readonly profiles: ProfileLookup,
	) {}

	/** The model for the note at `path` whose current text is `text`. */
	async load(path: string, text: string): Promise<LoadedNote> {
		const scan = scanNote(text);
		const resolve = (target: string, from: string) => this.app.metadataCache.getFirstLinkpathDest(target, from)?.path ?? null;
		const { applied, missing } = profilesOfNote(scan, path, this.profiles, resolve);
		const keyPaths = new Set<string>();
		const keyPages = new Map<string, KeyPage>();
		for (const { profile, path: profilePath } of applied) {
			for (const key of profile.keys) {
				const file = this.app.metadataCache.getFirstLinkpathDest(key, profilePath ?? path);
				if (!(file instanceof TFile) || file.extension !== "md" || keyPages.has(key.toLowerCase())) continue;
				keyPaths.add(file.path);
				keyPages.set(key.toLowerCase(), await this.keyPage(file));
			}
		}
		return { model: buildSidebarModel({ scan, path, applied, missing, keyPages }), applied, keyPaths };
	}

	private async keyPage(file: TFile): Promise<KeyPage> {
		const cached = this.keyPages.get(file.path);
		if (cached && cached.mtime === file.stat.mtime) return cached.page;
		const page = readKeyPage(await this.app.vault.cachedRead(file));
		this.keyPages.set(file.path, { mtime: file.stat.mtime, page });
		return page;
	}
}
