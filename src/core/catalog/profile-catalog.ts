/** Every profile a user can pick: the bundled library plus the vault's profile pages, which win on a name clash. */
import { basename } from "../host/note-meta";
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
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
}

/** Lower-cases and folds curly apostrophes and spaces, so names match as a user means them. */
export function foldName(name: string): string {
	return name.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
}

/** Holds the vault's profiles by path and answers by name; tells listeners when anything changes. */
export class ProfileCatalog implements NoteIndexer {
	private readonly vault = new Map<string, Profile>();
	private readonly listeners = new Set<() => void>();
	private byNameCache: Map<string, CatalogProfile> | null = null;
	private bundledCache: readonly Profile[] | null = null;

	/** `bundled` reads the bundled library; it is called once, when a profile is first asked for, not at start-up. */
	constructor(
		private readonly bundled: () => readonly Profile[],
		private readonly rule: ProfilePageRule,
	) {}

	/** A profile page: front matter `type: profile`, a `#profile` tag, a note in the profiles folder, or Logseq's `profile___name`. */
	wants(note: NoteMeta): boolean {
		const folder = this.rule.profilesFolder().replace(/^\/+|\/+$/g, "");
		if (folder !== "" && note.path.startsWith(`${folder}/`)) return true;
		const type = note.frontmatter.type;
		if (typeof type === "string" && type.toLowerCase() === "profile") return true;
		if (note.tags.some((tag) => tag.toLowerCase() === "profile")) return true;
		return note.basename.toLowerCase().startsWith("profile___");
	}

	/** Reads a profile page; a page without a name is named after its file. */
	update(path: string, text: string): void {
		const profile = parseProfile(text);
		if (profile.name === "") profile.name = nameFromPath(path);
		this.vault.set(path, profile);
		this.changed();
	}

	/** Forgets the profile at `path`. */
	remove(path: string): void {
		if (this.vault.delete(path)) this.changed();
	}

	/** Every profile, vault ones first, without bundled ones a vault profile overrides. */
	all(): CatalogProfile[] {
		return [...this.names().values()];
	}

	/** The profile of that name (case, spaces and apostrophes folded), the vault's before the bundled one. */
	byName(name: string): CatalogProfile | undefined {
		return this.names().get(foldName(name));
	}

	/** The vault profile read from `path`. */
	byPath(path: string): CatalogProfile | undefined {
		const profile = this.vault.get(path);
		return profile ? { profile, path } : undefined;
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private names(): Map<string, CatalogProfile> {
		if (this.byNameCache) return this.byNameCache;
		const names = new Map<string, CatalogProfile>();
		for (const [path, profile] of this.vault) {
			const key = foldName(profile.name);
			if (!names.has(key)) names.set(key, { profile, path });
		}
		this.bundledCache ??= this.bundled();
		for (const profile of this.bundledCache) {
			const key = foldName(profile.name);
			if (!names.has(key)) names.set(key, { profile, path: null });
		}
		this.byNameCache = names;
		return names;
	}

	private changed(): void {
		this.byNameCache = null;
		for (const listener of this.listeners) listener();
	}
}

/** "Profiles/profile___sales strategy.md" → "sales strategy". */
function nameFromPath(path: string): string {
	const file = basename(path);
	const namespaced = file.lastIndexOf("___");
	return namespaced === -1 ? file : file.slice(namespaced + 3);
}
