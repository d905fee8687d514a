/** The pages of the vault's graph, by page name: what kind each is, key pages read, other pages' text for embeds. */
import { basename } from "../host/note-meta";
import type { NoteMeta } from "../ports";
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
import { inFolder } from "./graph-folder";
import { resolveGraphProfile } from "./graph-profile";
import { readKeyPage, type KeyPage } from "./key-page";
import { pageBody } from "./page-body";
import { graphPageKind, type GraphPageKind } from "./page-kind";
import { pageKey, pageNameOfFile } from "./page-names";

interface StoredPage {
	path: string;
	name: string;
	kind: GraphPageKind;
	/** An example page's text, page properties left out (what an embed of it shows); a profile or key page's text until read. */
	text: string | null;
	/** The key page, once read. */
	key: KeyPage | null;
	/** The profile as parsed from its page, once read. */
	parsed: Profile | null;
}

/**
 * Holds what profile resolution needs from the graph in `folder()` (null when the vault has none). Pages are found by
 * page name whatever folder they sit in, case-insensitively; profile and key pages are read when first asked for, and
 * a profile is resolved again only after a change to its own page or to a page it embeds or keys.
 */
export class GraphPages {
	readonly #byName = new Map<string, StoredPage>();
	readonly #byPath = new Map<string, StoredPage>();
	/** Each resolved profile by path, with the keys of the pages its resolution looked up (found or not). */
	readonly #resolved = new Map<string, { profile: Profile; looked: string[] }>();
	readonly #folder: () => string | null;
	readonly #nameAt: (path: string) => string;

	/** `nameAt` gives a path's page name; by default the file name decoded (`…/profile-(id)___pricing_info.md` → `profile-(id)/pricing_info`). */
	constructor(folder: () => string | null, nameAt: (path: string) => string = (path) => pageNameOfFile(basename(path))) {
		this.#folder = folder;
		this.#nameAt = nameAt;
	}

	/** True for every note inside the graph's folder. */
	wants(note: NoteMeta): boolean {
		const folder = this.#folder();
		return folder !== null && inFolder(note.path, folder);
	}

	/** Records the page at `path` and says what kind it is. */
	update(path: string, text: string): GraphPageKind {
		this.remove(path);
		const name = this.#nameAt(path);
		const kind = graphPageKind(name, text);
		const kept = kind === "example" ? pageBody(text) : kind === "profile" || kind === "key" ? text : null;
		const page: StoredPage = { path, name, kind, text: kept, key: null, parsed: null };
		this.#byPath.set(path, page);
		const key = pageKey(name);
		if (!this.#byName.has(key)) this.#byName.set(key, page);
		this.#changed(key);
		return kind;
	}

	/** Forgets the page at `path`. */
	remove(path: string): void {
		const page = this.#byPath.get(path);
		if (page === undefined) return;
		this.#byPath.delete(path);
		this.#resolved.delete(path);
		const key = pageKey(page.name);
		if (this.#byName.get(key) === page) {
			this.#byName.delete(key);
			for (const other of this.#byPath.values()) if (pageKey(other.name) === key) this.#byName.set(key, other);
		}
		this.#changed(key);
	}

	/** Drops the resolutions that looked up the page `key`. */
	#changed(key: string): void {
		for (const [path, { looked }] of this.#resolved) if (looked.includes(key)) this.#resolved.delete(path);
	}

	/** The page name of the graph page at `path`, or null when it is none. */
	pageNameAt(path: string): string | null {
		return this.#byPath.get(path)?.name ?? null;
	}

	/** What an embed of the page shows: an example page's text, "" for another page of the graph, null for no page. */
	pageText(name: string): string | null {
		const page = this.#byName.get(pageKey(name));
		if (page === undefined) return null;
		return page.kind === "example" ? (page.text ?? "") : "";
	}

	/** The key page named `name`, read on first use, or null when there is no such key page. */
	keyPage(name: string): KeyPage | null {
		const page = this.#byName.get(pageKey(name));
		if (page === undefined || page.kind !== "key") return null;
		if (page.key === null) {
			page.key = readKeyPage(page.text ?? "");
			page.text = null;
		}
		return page.key;
	}

	/** Reads up to `count` profile pages not read yet (with their key and example pages); true while more remain. */
	prepare(count: number): boolean {
		let left = count;
		for (const page of this.#byPath.values()) {
			if (page.kind !== "profile" || this.#resolved.has(page.path)) continue;
			if (left-- === 0) return true;
			this.profileAt(page.path);
		}
		return false;
	}

	/**
	 * The profile page at `path` read (on first use, so that indexing only sorts pages) and resolved against the graph;
	 * kept until a page it looked up changes. Null when the page is no profile.
	 */
	profileAt(path: string): Profile | null {
		const page = this.#byPath.get(path);
		if (page === undefined || page.kind !== "profile") return null;
		const cached = this.#resolved.get(path);
		if (cached !== undefined) return cached.profile;
		if (page.parsed === null) {
			page.parsed = detached(parseProfile(page.text ?? ""));
			page.text = null;
		}
		const looked: string[] = [];
		/** Reads a page through `read`, noting its key so that a change to that page drops this profile. */
		const noted =
			<T>(read: (name: string) => T) =>
			(name: string): T => {
				looked.push(pageKey(name));
				return read(name);
			};
		const resolved = resolveGraphProfile(page.parsed, page.name, { pageText: noted((name) => this.pageText(name)), keyPage: noted((name) => this.keyPage(name)) });
		this.#resolved.set(path, { profile: resolved, looked });
		return resolved;
	}
}

/**
 * A copy of the profile whose strings hold their own characters: the parser's fields are often slices of the page's
 * text, which would keep every page's whole text alive behind its few fields.
 */
function detached(profile: Profile): Profile {
	return JSON.parse(JSON.stringify(profile)) as Profile;
}
