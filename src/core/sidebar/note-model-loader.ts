/** Loads the sidebar's model for a note: its profiles, found through the host's links, and the key pages they name. */
import type { NoteReader } from "../ports";
import { readKeyPage, type KeyPage } from "../graph/key-page";
import { KeptLinkTargets } from "../note";
import { scanNote, type NoteScan } from "./question-marks";
import { profilesOfNote, type AppliedProfile, type ProfileLookup } from "./profiles-of-note";
import { buildSidebarModel, type SidebarModel } from "./sidebar-model";

/** A built model with the profiles it was built from (for the prompt) and the key pages it read. */
export interface LoadedNote {
	model: SidebarModel;
	applied: AppliedProfile[];
	/** The paths of the key pages read, so that a change to one of them refreshes the sidebar. */
	keyPaths: Set<string>;
}

/** Loads sidebar models for one sidebar; a key page is parsed again only when its text changed, and the link targets of lines an edit left alone are kept. */
export class NoteModelLoader {
	readonly #keyPages = new Map<string, { text: string; page: KeyPage }>();
	readonly #links = new KeptLinkTargets();
	readonly #profiles: ProfileLookup;
	readonly #notes: NoteReader;

	constructor(profiles: ProfileLookup, notes: NoteReader) {
		this.#profiles = profiles;
		this.#notes = notes;
	}

	/** The model for the note at `path` whose current text is `text` (and scan, `scanNote(text)`); a graph profile brings its key pages, others' key links resolve from their own page. */
	async load(path: string, text: string, scan: NoteScan = scanNote(text)): Promise<LoadedNote> {
		const resolve = (target: string, from: string) => this.#notes.resolveLink(target, from);
		const { applied, missing } = profilesOfNote(scan, path, this.#profiles, resolve, (note) => this.#links.targets(note));
		const keyPaths = new Set<string>();
		const keyPages = new Map<string, KeyPage>();
		for (const { profile, path: profilePath } of applied) {
			for (const key of profile.keyPages ?? []) {
				const name = key.name.toLowerCase();
				if (!keyPages.has(name)) keyPages.set(name, key);
			}
			for (const key of profile.keys) {
				const name = key.toLowerCase();
				const keyPath = keyPages.has(name) ? null : this.#notes.resolveLink(key, profilePath ?? path);
				const keyText = keyPath === null ? null : await this.#notes.read(keyPath);
				if (keyPath === null || keyText === null) continue;
				keyPaths.add(keyPath);
				keyPages.set(name, this.#keyPage(keyPath, keyText));
			}
		}
		return { model: buildSidebarModel({ scan, path, applied, missing, keyPages }), applied, keyPaths };
	}

	#keyPage(path: string, text: string): KeyPage {
		const cached = this.#keyPages.get(path);
		if (cached?.text === text) return cached.page;
		const page = readKeyPage(text);
		this.#keyPages.set(path, { text, page });
		return page;
	}
}
