/**
 * The core's ports over a Logseq graph: a `NoteReader` and the feeding of `NoteIndexer`s, through the editor API. A note's
 * path is its page's name with ".md" (`profile-(id)/pricing_info.md` for the file `profile-(id)___pricing_info.md`);
 * links find pages by name, whatever the case, as Logseq does. test/contract/logseq.contract.test.ts holds it to the
 * host contract.
 */
import type { PageEntity } from "@logseq/libs/dist/LSPlugin";
import { linkedPageName, pageKey } from "../core/graph/page-names";
import { basename } from "../core/host/note-meta";
import { pageText } from "../core/logseq/page-blocks";
import type { NoteIndexer, NoteMeta, NoteReader } from "../core/ports";
import type { LogseqEditor } from "./host";

/** The page of a note's path: the path without ".md". */
export function pageOfPath(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** Reads the graph's pages as notes and keeps indexers fed as pages are written, renamed and deleted. */
export class GraphNotes implements NoteReader {
	/** Each page's path by its folded name, as the last refresh listed them. */
	readonly #paths = new Map<string, string>();
	/** The path each page (by database id) had at the last refresh, and the indexers that took it. */
	readonly #fed = new Map<number, { path: string; takers: Set<NoteIndexer> }>();
	#running: Promise<void> = Promise.resolve();
	#queued: { changed: Set<number> | undefined; done: Promise<void> } | null = null;
	#started = false;
	readonly #editor: Pick<LogseqEditor, "getAllPages" | "getPage" | "getPageBlocksTree">;
	readonly #indexers: readonly NoteIndexer[];

	constructor(editor: Pick<LogseqEditor, "getAllPages" | "getPage" | "getPageBlocksTree">, indexers: readonly NoteIndexer[]) {
		this.#editor = editor;
		this.#indexers = indexers;
	}

	/** A page's text, as the file graph writes its blocks; null when the graph has no page of that name. */
	async read(path: string): Promise<string | null> {
		const page = await this.#editor.getPage(pageOfPath(path));
		return page ? this.text(pageOfPath(path)) : null;
	}

	/** The path of the page a link names (`[[x]]`, `#x`, `x|alias` alike), found by its whole name in any case; null for none. */
	resolveLink(target: string): string | null {
		const key = pageKey(linkedPageName(target));
		return key === "" ? null : (this.#paths.get(key) ?? null);
	}

	/** A page's text by name. */
	async text(name: string): Promise<string> {
		return pageText((await this.#editor.getPageBlocksTree(name)) ?? []);
	}

	/**
	 * Lists the graph's pages again and tells the indexers: new and renamed pages, pages whose id is in `changed` (every page
	 * when absent), and pages gone. One refresh runs at a time; those asked for meanwhile are merged into the next one.
	 */
	refresh(changed?: ReadonlySet<number>): Promise<void> {
		this.#started = true;
		if (this.#queued !== null) {
			const wanted = this.#queued.changed;
			if (changed === undefined) this.#queued.changed = undefined;
			else if (wanted !== undefined) for (const id of changed) wanted.add(id);
			return this.#queued.done;
		}
		const next: { changed: Set<number> | undefined; done: Promise<void> } = { changed: changed && new Set(changed), done: Promise.resolve() };
		// A refresh the host failed (a rejected SDK call) rejects for its caller, and the next one still runs.
		next.done = this.#running.catch(() => undefined).then(() => {
			this.#queued = null;
			return this.#sync(next.changed);
		});
		this.#queued = next;
		this.#running = next.done;
		return next.done;
	}

	/** Resolves once every refresh asked for so far is done. */
	settled(): Promise<void> {
		return this.#running;
	}

	/** What the host's `DB.onChanged` reports, once a first refresh has run: the pages of the changed blocks are read again. */
	changed(blocks: readonly { id?: number; page?: { id?: number } }[]): Promise<void> {
		if (!this.#started) return Promise.resolve();
		const ids = new Set<number>();
		for (const each of blocks) for (const id of [each.page?.id, each.id]) if (typeof id === "number") ids.add(id);
		return this.refresh(ids);
	}

	async #sync(changed: ReadonlySet<number> | undefined): Promise<void> {
		const pages = (await this.#editor.getAllPages()) ?? [];
		const listed = new Map(pages.map((page) => [page.id, { page, path: `${page.originalName ?? page.name}.md` }]));
		// Pages gone or renamed leave their indexers first, so that a page made again under the same name stays.
		for (const [id, { path, takers }] of this.#fed) {
			if (listed.get(id)?.path === path) continue;
			for (const taker of takers) taker.remove(path);
			this.#fed.delete(id);
		}
		this.#paths.clear();
		for (const { page, path } of listed.values()) this.#paths.set(pageKey(page.originalName ?? page.name), path);
		for (const [id, { page, path }] of listed) {
			if (this.#fed.has(id) && changed !== undefined && !changed.has(id)) continue;
			await this.#feed(page, path);
		}
	}

	async #feed(page: PageEntity, path: string): Promise<void> {
		const meta = noteMetaOf(page, path);
		const takers = new Set(this.#indexers.filter((indexer) => indexer.wants(meta)));
		const before = this.#fed.get(page.id)?.takers ?? new Set<NoteIndexer>();
		for (const indexer of before) if (!takers.has(indexer)) indexer.remove(path);
		this.#fed.set(page.id, { path, takers });
		if (takers.size === 0) return;
		const text = await this.text(page.originalName ?? page.name);
		for (const indexer of takers) indexer.update(path, text);
	}
}

/** What an indexer may judge a page by: its path, the last segment of its name, its page properties and its `tags::`. */
function noteMetaOf(page: PageEntity, path: string): NoteMeta {
	return { path, basename: basename(path), frontmatter: page.properties ?? {}, tags: tagsOf(page) };
}

/** A page's tags: Logseq keeps them in the `tags::` page property (a `#tag` in a block is that block's reference, not the page's tag). */
function tagsOf(page: PageEntity): string[] {
	const tags: unknown = page.properties?.tags;
	const list = Array.isArray(tags) ? tags : typeof tags === "string" ? tags.split(",") : [];
	return list.filter((tag): tag is string => typeof tag === "string").map((tag) => tag.trim().replace(/^#/, "").replace(/^\[\[|\]\]$/g, ""));
}
