/**
 * The fake vault side of the `obsidian` module: files, one `Vault`, one `MetadataCache`, and the path helpers.
 * Each fake names the API it imitates; import them through test/fakes/obsidian.ts, as `obsidian` itself is.
 */
import { Events } from "./events";

/** Imitates `TAbstractFile`. */
export class TAbstractFile {
	constructor(public path: string) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

/** Imitates `TFile`, with the modification time of its `stat`. */
export class TFile extends TAbstractFile {
	readonly stat = { mtime: 1 };
	get basename(): string {
		return this.name.replace(/\.[^.]*$/, "");
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot === -1 ? "" : this.name.slice(dot + 1);
	}
}

/** Imitates `TFolder`. */
export class TFolder extends TAbstractFile {}

/** Imitates `CachedMetadata`, the parts the plugin reads. */
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	tags?: { tag: string }[];
}

/** Imitates `DataAdapter`: the raw files outside the vault's notes (a plugin's data.json), in memory. */
export class DataAdapter {
	readonly files = new Map<string, string>();
	/** Test helper: makes every `write` fail, as a read-only disk would. */
	failWrites = false;
	exists(path: string): Promise<boolean> {
		return Promise.resolve(this.files.has(path));
	}
	read(path: string): Promise<string> {
		const text = this.files.get(path);
		return text === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(text);
	}
	write(path: string, text: string): Promise<void> {
		if (this.failWrites) return Promise.reject(new Error(`EROFS: ${path}`));
		this.files.set(path, text);
		return Promise.resolve();
	}
}

/** Imitates `Vault`: files and folders in memory, firing create/modify/delete/rename like the real one. */
export class Vault extends Events {
	readonly files = new Map<string, { file: TFile; text: string }>();
	readonly folders = new Set<string>();
	readonly adapter = new DataAdapter();
	readonly configDir = ".obsidian";
	/** Test helper: the paths read, in order. */
	readonly readPaths: string[] = [];
	private readonly held = new Map<string, Promise<void>>();

	/** Test helper: how many times a note's text was read. */
	get reads(): number {
		return this.readPaths.length;
	}

	/** Test helper: puts a note in the vault without firing events, as at start-up. */
	seed(path: string, text: string): TFile {
		const file = new TFile(path);
		this.files.set(path, { file, text });
		return file;
	}

	/** Test helper: adds or changes a note without events, bumping its modification time. */
	write(path: string, text: string): TFile {
		const entry = this.files.get(path);
		if (entry === undefined) return this.seed(path, text);
		entry.text = text;
		entry.file.stat.mtime++;
		return entry.file;
	}

	/** Test helper: reads of `path` wait until the returned function is called. */
	hold(path: string): () => void {
		let release = () => {};
		this.held.set(path, new Promise<void>((resolve) => (release = resolve)));
		return () => {
			this.held.delete(path);
			release();
		};
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}
	getFiles(): TFile[] {
		return [...this.files.values()].map((entry) => entry.file);
	}
	getFileByPath(path: string): TFile | null {
		return this.files.get(path)?.file ?? null;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.getFileByPath(path) ?? (this.folders.has(path) ? new TFolder(path) : null);
	}
	async cachedRead(file: TFile): Promise<string> {
		this.readPaths.push(file.path);
		await this.held.get(file.path);
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		return entry.text;
	}
	read(file: TFile): Promise<string> {
		return this.cachedRead(file);
	}
	create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) return Promise.reject(new Error("File already exists."));
		const file = this.seed(path, text);
		this.trigger("create", file);
		return Promise.resolve(file);
	}
	createFolder(path: string): Promise<TFolder> {
		if (this.folders.has(path) || this.files.has(path)) return Promise.reject(new Error("Folder already exists."));
		const parts = path.split("/");
		for (let i = 1; i <= parts.length; i++) this.folders.add(parts.slice(0, i).join("/"));
		return Promise.resolve(new TFolder(path));
	}
	modify(file: TFile, text: string): Promise<void> {
		const entry = this.files.get(file.path);
		if (!entry) return Promise.reject(new Error(`ENOENT: ${file.path}`));
		entry.text = text;
		this.trigger("modify", file);
		return Promise.resolve();
	}
	async process(file: TFile, fn: (text: string) => string): Promise<string> {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		const next = fn(entry.text);
		if (next !== entry.text) await this.modify(file, next);
		return next;
	}
	/** Test helper: deletes a note and fires `delete`. */
	remove(path: string): void {
		const entry = this.files.get(path);
		if (!entry) return;
		this.files.delete(path);
		this.trigger("delete", entry.file);
	}
	/** Test helper: renames a note and fires `rename` with the old path. */
	move(oldPath: string, newPath: string): void {
		const entry = this.files.get(oldPath);
		if (!entry) return;
		this.files.delete(oldPath);
		entry.file.path = newPath;
		this.files.set(newPath, entry);
		this.trigger("rename", entry.file, oldPath);
	}
}

/** Imitates `MetadataCache`: front matter and tags parsed naively from the fake vault's text, links resolved as Obsidian does. */
export class MetadataCache extends Events {
	constructor(private readonly vault: Vault) {
		super();
	}
	getFileCache(file: TFile): CachedMetadata | null {
		const entry = this.vault.files.get(file.path);
		if (!entry) return null;
		const cache: CachedMetadata = {};
		const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(entry.text);
		if (front) {
			cache.frontmatter = {};
			for (const line of front[1].split(/\r?\n/)) {
				const pair = /^(\w[\w-]*):\s*(.*)$/.exec(line);
				if (pair) cache.frontmatter[pair[1]] = pair[2];
			}
		}
		const body = front ? entry.text.slice(front[0].length) : entry.text;
		cache.tags = [...body.matchAll(/(?:^|\s)(#[\p{L}\w/-]+)/gu)].map((m) => ({ tag: m[1] }));
		return cache;
	}
	/**
	 * Imitates `getFirstLinkpathDest`: a Markdown note whose path (when the link has a folder) or name matches, without
	 * regard to case or a `.md` ending; among several, the one in the linking note's folder, then the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const wanted = linkpath.trim().replace(/\.md$/i, "").toLowerCase();
		if (wanted === "") return null;
		const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
		const near = (file: TFile) => file.path.startsWith(folder) && !file.path.slice(folder.length).includes("/");
		const matches = this.vault
			.getMarkdownFiles()
			.filter((file) => (wanted.includes("/") ? file.path.replace(/\.md$/i, "") : file.basename).toLowerCase() === wanted)
			.sort((a, b) => Number(near(b)) - Number(near(a)) || a.path.length - b.path.length || a.path.localeCompare(b.path));
		return matches[0] ?? null;
	}
	/** Test helper: edits a note as the user would, firing `changed` with the new text as Obsidian does once it re-parses. */
	edit(vault: Vault, path: string, text: string): void {
		const file = vault.write(path, text);
		this.trigger("changed", file, text, this.getFileCache(file));
	}
}

/** Imitates `getAllTags`: tags of a cache with their `#`, front matter tags included. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	const front = cache.frontmatter?.tags;
	const fromFront = typeof front === "string" ? front.split(/[,\s]+/).filter(Boolean).map((t) => `#${t.replace(/^#/, "")}`) : [];
	return [...fromFront, ...(cache.tags ?? []).map((t) => t.tag)];
}

/** Imitates `normalizePath`: forward slashes, no doubled, leading or trailing slashes. */
export function normalizePath(path: string): string {
	return path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "") || "/";
}
