/** Keeps the core's note indexes (profiles, tools) up to date with the vault: built after layout ready, then incrementally. */
import { getAllTags, TFile, type App, type CachedMetadata, type Plugin } from "obsidian";
import type { NoteIndexer, NoteMeta } from "../core/ports";

/** How many notes are read before yielding to the app during the first build. */
const BATCH = 100;
/** How many pieces of deferred reading (graph profiles) an index does before yielding, after the build. */
const PREPARE_BATCH = 5;

/** The front matter of a note that has none, shared rather than made for each note. */
const NO_FRONTMATTER: Readonly<Record<string, unknown>> = Object.freeze({});

/** Feeds every registered indexer the notes it wants; all work waits until the layout is ready. */
export class VaultIndex {
	#stopped = false;
	#ready: Promise<void> | null = null;
	readonly #app: App;
	readonly #plugin: Plugin;
	readonly #indexers: readonly NoteIndexer[];

	constructor(app: App, plugin: Plugin, indexers: readonly NoteIndexer[]) {
		this.#app = app;
		this.#plugin = plugin;
		this.#indexers = indexers;
	}

	/** Registers the start-up build and the vault listeners; costs nothing until the layout is ready. */
	load(): void {
		this.#plugin.register(() => {
			this.#stopped = true;
		});
		this.#app.workspace.onLayoutReady(() => {
			this.#ready = this.#build();
			this.#plugin.registerEvent(this.#app.metadataCache.on("changed", (file, text, cache) => this.#sort(file, false, cache, text)));
			this.#plugin.registerEvent(this.#app.vault.on("delete", (file) => this.#forget(file.path)));
			this.#plugin.registerEvent(
				this.#app.vault.on("rename", (file, oldPath) => {
					this.#forget(oldPath);
					if (file instanceof TFile) void this.#sort(file, false);
				}),
			);
		});
	}

	/** Rebuilds whenever `key` (e.g. the folders that decide which notes are wanted) differs after `subscribe` fires. */
	rebuildWhenChanged(subscribe: (listener: () => void) => () => void, key: () => string): void {
		let last = key();
		this.#plugin.register(
			subscribe(() => {
				const next = key();
				if (next !== last) void this.rebuild();
				last = next;
			}),
		);
	}

	/** Re-reads which notes each indexer wants, as after a change of the profiles or tools folder. */
	rebuild(): Promise<void> {
		if (!this.#app.workspace.layoutReady) return Promise.resolve();
		this.#ready = this.#build();
		return this.#ready;
	}

	/** Resolves once the first build has read every wanted note (at once before layout ready). */
	whenBuilt(): Promise<void> {
		return this.#ready ?? Promise.resolve();
	}

	/** Feeds every note to the indexers that want it; a rebuild also makes the others forget it (the first build has nothing to forget). */
	async #build(): Promise<void> {
		const fresh = this.#ready === null;
		const files = this.#app.vault.getMarkdownFiles();
		for (let start = 0; start < files.length && !this.#stopped; start += BATCH) {
			const reads: Promise<void>[] = [];
			for (const file of files.slice(start, start + BATCH)) {
				const read = this.#sort(file, fresh);
				if (read) reads.push(read);
			}
			await Promise.all(reads);
			await yieldToApp();
		}
		while (!this.#stopped && this.#indexers.some((indexer) => indexer.prepare?.(PREPARE_BATCH) === true)) await yieldToApp();
	}

	/**
	 * Asks each indexer whether it wants the note, from its metadata alone; the ones that do not forget it (unless `fresh`).
	 * The others get `text` at once when the change brought it, else the read that feeds them is returned; null when none
	 * wants it: most notes cost no read, no promise and no array.
	 */
	#sort(file: TFile, fresh: boolean, cache = this.#app.metadataCache.getFileCache(file), text?: string): Promise<void> | null {
		if (this.#stopped || file.extension !== "md") return null;
		const note = this.#meta(file, cache);
		let wanting: NoteIndexer[] | null = null;
		for (const indexer of this.#indexers) {
			if (indexer.wants(note)) (wanting ??= []).push(indexer);
			else if (!fresh) indexer.remove(file.path);
		}
		if (wanting === null || text === undefined) return wanting && this.#read(file, wanting);
		for (const indexer of wanting) indexer.update(file.path, text);
		return null;
	}

	async #read(file: TFile, wanting: readonly NoteIndexer[]): Promise<void> {
		let text: string;
		try {
			text = await this.#app.vault.cachedRead(file);
		} catch {
			return;
		}
		if (this.#stopped) return;
		for (const indexer of wanting) indexer.update(file.path, text);
	}

	#forget(path: string): void {
		for (const indexer of this.#indexers) indexer.remove(path);
	}

	#meta(file: TFile, cache: CachedMetadata | null): NoteMeta {
		const tags = cache ? (getAllTags(cache) ?? []) : [];
		return {
			path: file.path,
			basename: file.basename,
			frontmatter: cache?.frontmatter ?? NO_FRONTMATTER,
			tags: tags.map((tag) => (tag.startsWith("#") ? tag.slice(1) : tag)),
		};
	}
}

/** Lets the app handle input and paint between two batches of indexing. */
function yieldToApp(): Promise<unknown> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
