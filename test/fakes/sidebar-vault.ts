/**
 * The fake vault and metadata cache grown for the copilot sidebar: modification times, slow reads on demand, link
 * resolution. Re-exported by test/fakes/sidebar.ts; import through test/fakes/obsidian.ts.
 */
import { MetadataCache, TFile, Vault } from "./obsidian";

/** Imitates a `TFile` with its `stat`, which the shared fake leaves out. */
class StatFile extends TFile {
	readonly stat = { mtime: 1 };
}

/** Imitates `Vault` further: notes with modification times, and reads that can be held back to make them slow. */
export class SidebarVault extends Vault {
	private readonly held = new Map<string, Promise<void>>();
	/** Test helper: the paths read, in order. */
	readonly readPaths: string[] = [];

	seed(path: string, text: string): TFile {
		const file = new StatFile(path);
		this.files.set(path, { file, text });
		return file;
	}

	/** Test helper: adds or changes a note without events, bumping its modification time. */
	write(path: string, text: string): TFile {
		const entry = this.files.get(path);
		if (entry === undefined) return this.seed(path, text);
		entry.text = text;
		(entry.file as StatFile).stat.mtime++;
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

	async cachedRead(file: TFile): Promise<string> {
		this.readPaths.push(file.path);
		await this.held.get(file.path);
		return super.cachedRead(file);
	}
}

/** Imitates `MetadataCache` further: link resolution by path or base name. */
export class SidebarMetadataCache extends MetadataCache {
	constructor(private readonly notes: SidebarVault) {
		super(notes);
	}

	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const wanted = linkpath.toLowerCase().replace(/\.md$/, "");
		const paths = [...this.notes.files.keys()];
		const path = paths.find((each) => each.toLowerCase() === `${wanted}.md` || each.toLowerCase().endsWith(`/${wanted}.md`));
		return path === undefined ? null : this.notes.getFileByPath(path);
	}
}
