/** Every profile a user can pick: the bundled library plus the vault's profile pages, which win on a name clash. */
import { basename, noteMeta } from "../host/note-meta";
import { parseProfile } from "../profile/parse";
import { emptyProfile, type Profile } from "../profile/profile";
import { inFolder, withoutSlashes } from "../graph/graph-folder";
import type { GraphPages } from "../graph/graph-pages";
import { pageKey } from "../graph/page-names";
import type { NoteIndexer, NoteMeta } from "../ports";

/** A profile and where it lives: a vault path, or null for a bundled one. */
export interface CatalogProfile {
	profile: Profile;
	path: string | null;
}

/** Which notes count as profile pages. */
export interface ProfilePageRule {
	/** The folder profile pages live in ("" for none). */
	profilesFolder: () => string;
	/** The vault's graph, if any: its pages are profiles by what they say, read with their examples and key pages. */
	graph?: GraphPages;
}

/** Where a picker says a profile comes from, and what it could not read: "graph/pages/… · The key page "…" was not found…". */
export function profileSourceText(entry: CatalogProfile): string {
	const source = entry.path ?? "Bundled with innCoPilot";
	const { profile } = entry;
	return profile.pageName !== undefined && profile.warnings.length > 0 ? `${source} · ${profile.warnings.join(" ")}` : source;
}

/** A page name as `pageKey` compares it, curly apostrophes folded too, so names match as a user means them. */
export function foldName(name: string): string {
	return pageKey(name).replace(/[’‘]/g, "'");
}

/** Holds the vault's profiles by path and answers by name; tells listeners when anything changes. */
export class ProfileCatalog implements NoteIndexer {
	/** Each vault profile by path; null for a graph profile, which the graph reads when it is first asked for. */
	readonly #vault = new Map<string, Profile | null>();
	readonly #listeners = new Set<() => void>();
	#byName: Map<string, CatalogProfile> | null = null;
	#bundled: readonly Profile[] | null = null;
	readonly #readBundled: () => readonly Profile[];
	readonly #rule: ProfilePageRule;
	/** The profiles folder as set and as compared, so that asking about each note of a vault cleans it only once. */
	#folder = { set: "", clean: "" };

	/** `bundled` reads the bundled library; it is called once, when a profile is first asked for, not at start-up. */
	constructor(bundled: () => readonly Profile[], rule: ProfilePageRule) {
		this.#readBundled = bundled;
		this.#rule = rule;
	}

	/** A profile page: front matter `type: profile`, a `#profile` tag, a note in the profiles folder, or Logseq's `profile___name`; or any page of the graph. */
	wants(note: NoteMeta): boolean {
		return this.#rule.graph?.wants(note) === true || this.#wantsOutsideGraph(note);
	}

	/** The rules for profile pages that are not innBoK-shaped graph pages; asked for every note of the vault, so it builds no strings. */
	#wantsOutsideGraph(note: NoteMeta): boolean {
		const folder = this.#profilesFolder();
		if (folder !== "" && inFolder(note.path, folder)) return true;
		const type = note.frontmatter.type;
		return (typeof type === "string" && isProfileWord(type)) || note.tags.some(isProfileWord) || /^profile___/i.test(note.basename);
	}

	/** The profiles folder without leading or trailing slashes ("" for none). */
	#profilesFolder(): string {
		const set = this.#rule.profilesFolder();
		if (set !== this.#folder.set) this.#folder = { set, clean: withoutSlashes(set) };
		return this.#folder.clean;
	}

	/** Reads a profile page (a graph page that is no innBoK profile still counts when the other rules take it); a page without a name is named after its file. */
	update(path: string, text: string): void {
		const graph = this.#rule.graph;
		if (graph !== undefined && graph.wants(pathOnly(path))) {
			const kind = graph.update(path, text);
			const ordinary = kind === "other" && (this.#wantsOutsideGraph(pathOnly(path)) || (/profile/i.test(text) && this.#wantsOutsideGraph(noteMeta(path, text))));
			if (!ordinary) {
				if (kind === "profile") this.#vault.set(path, null);
				else this.#vault.delete(path);
				this.#changed();
				return;
			}
		}
		const profile = parseProfile(text);
		if (profile.name === "") profile.name = nameFromPath(path);
		this.#vault.set(path, profile);
		this.#changed();
	}

	/** Reads up to `count` graph profiles ahead of the picker, as the host has time; true while more remain. */
	prepare(count: number): boolean {
		return this.#rule.graph?.prepare(count) ?? false;
	}

	/** Forgets the profile at `path`. */
	remove(path: string): void {
		const graphPage = this.#rule.graph?.pageNameAt(path) != null;
		this.#rule.graph?.remove(path);
		if (this.#vault.delete(path) || graphPage) this.#changed();
	}

	/** Every profile, vault ones first, without bundled ones a vault profile overrides. */
	all(): CatalogProfile[] {
		return [...new Set(this.#names().values())];
	}

	/** The profile of that name (case, spaces and apostrophes folded), the vault's before the bundled one. */
	byName(name: string): CatalogProfile | undefined {
		return this.#names().get(foldName(name));
	}

	/** The vault profile read from `path`. */
	byPath(path: string): CatalogProfile | undefined {
		const profile = this.#vault.get(path);
		return profile === undefined ? undefined : { profile: this.#resolved(path, profile), path };
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	onChange(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#names(): Map<string, CatalogProfile> {
		if (this.#byName) return this.#byName;
		const names = new Map<string, CatalogProfile>();
		const entries = [...this.#vault].map(([path, parsed]) => ({ profile: this.#resolved(path, parsed), path }));
		/** Files `entry` under `key` unless a profile came first with that key. */
		const add = (key: string, entry: CatalogProfile) => {
			if (!names.has(key)) names.set(key, entry);
		};
		for (const entry of entries) add(foldName(entry.profile.name), entry);
		for (const entry of entries) {
			const key = entry.profile.pageName === undefined ? "" : foldName(entry.profile.pageName);
			if (key !== "") add(key, entry);
		}
		this.#bundled ??= this.#readBundled();
		for (const profile of this.#bundled) add(foldName(profile.name), { profile, path: null });
		this.#byName = names;
		return names;
	}

	/** A graph profile with its examples and key pages; any other profile as parsed. */
	#resolved(path: string, profile: Profile | null): Profile {
		return profile ?? this.#rule.graph?.profileAt(path) ?? emptyProfile();
	}

	#changed(): void {
		this.#byName = null;
		for (const listener of this.#listeners) listener();
	}
}

/** "profile" in any (ASCII) case, matched in place: most words cost no lower-cased copy. */
function isProfileWord(word: string): boolean {
	return /^profile$/i.test(word);
}

/** The metadata of a note known only by its path, enough to ask whether it lies in the graph. */
function pathOnly(path: string): NoteMeta {
	return { path, basename: basename(path), frontmatter: {}, tags: [] };
}

/** "Profiles/profile___sales strategy.md" → "sales strategy". */
function nameFromPath(path: string): string {
	const file = basename(path);
	const namespaced = file.lastIndexOf("___");
	return namespaced === -1 ? file : file.slice(namespaced + 3);
}
