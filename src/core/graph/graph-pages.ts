/** The pages of the vault's graph, by page name: what kind each is, key pages read, other pages' text for embeds. */
import type { NoteMeta } from "../ports";
import type { Profile } from "../profile/profile";
import { inFolder } from "./graph-folder";
import { resolveGraphProfile } from "./graph-profile";
import { readGraphKeyPage, type GraphKeyPage } from "./key-page";
import { graphPageKind, type GraphPageKind } from "./page-kind";
import { pageKey, pageNameOfFile } from "./page-names";

interface StoredPage {
	path: string;
	name: string;
	kind: GraphPageKind;
	/** Kept for pages an example may embed (every page but profiles and keys). */
	text: string | null;
	key: GraphKeyPage | null;
}

/**
 * Holds what profile resolution needs from the graph in `folder()` (null when the vault has none). Pages are found by
 * page name whatever folder they sit in, case-insensitively; profiles are resolved again only after a change.
 */
export class GraphPages {
	private readonly byName = new Map<string, StoredPage>();
	private readonly byPath = new Map<string, StoredPage>();
	private readonly resolved = new Map<string, { version: number; source: Profile; profile: Profile }>();
	private version = 0;

	constructor(private readonly folder: () => string | null) {}

	/** True for every note inside the graph's folder. */
	wants(note: NoteMeta): boolean {
		const folder = this.folder();
		return folder !== null && inFolder(note.path, folder);
	}

	/** Records the page at `path` and says what kind it is. */
	update(path: string, text: string): GraphPageKind {
		this.remove(path);
		const file = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
		const name = pageNameOfFile(file);
		const kind = graphPageKind(name, text);
		const page: StoredPage = {
			path,
			name,
			kind,
			text: kind === "profile" || kind === "key" ? null : text,
			key: kind === "key" ? readGraphKeyPage(text) : null,
		};
		this.byPath.set(path, page);
		const key = pageKey(name);
		if (!this.byName.has(key)) this.byName.set(key, page);
		this.version++;
		return kind;
	}

	/** Forgets the page at `path`. */
	remove(path: string): void {
		const page = this.byPath.get(path);
		if (page === undefined) return;
		this.byPath.delete(path);
		this.resolved.delete(path);
		const key = pageKey(page.name);
		if (this.byName.get(key) === page) {
			this.byName.delete(key);
			for (const other of this.byPath.values()) if (pageKey(other.name) === key) this.byName.set(key, other);
		}
		this.version++;
	}

	/** The page name of the graph page at `path`, or null when it is none. */
	pageNameAt(path: string): string | null {
		return this.byPath.get(path)?.name ?? null;
	}

	/** The path of the page named `name` (case-insensitive), or null. */
	pathOf(name: string): string | null {
		return this.byName.get(pageKey(name))?.path ?? null;
	}

	/** The text of a page an example can embed, or null. */
	pageText(name: string): string | null {
		return this.byName.get(pageKey(name))?.text ?? null;
	}

	/** The key page named `name`, read, or null when there is no such key page. */
	keyPage(name: string): GraphKeyPage | null {
		return this.byName.get(pageKey(name))?.key ?? null;
	}

	/** `profile` as parsed from the page at `path`, resolved against the graph (cached until the graph changes). */
	resolve(path: string, profile: Profile): Profile {
		const page = this.byPath.get(path);
		if (page === undefined) return profile;
		const cached = this.resolved.get(path);
		if (cached && cached.version === this.version && cached.source === profile) return cached.profile;
		const resolved = resolveGraphProfile(profile, page.name, {
			pageText: (name) => this.pageText(name),
			keyPage: (name) => this.keyPage(name),
		});
		this.resolved.set(path, { version: this.version, source: profile, profile: resolved });
		return resolved;
	}
}
