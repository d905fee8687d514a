/** The graph as the plugin's library: its profile pages beside the bundled ones, tool summaries, the user's template page. */
import { ProfileCatalog, type CatalogProfile } from "../core/catalog/profile-catalog";
import { GraphPages } from "../core/graph/graph-pages";
import { bundledProfiles } from "../core/library/profiles";
import { BUNDLED_TOOLS } from "../core/library/tools";
import type { InnCoPilotSettings } from "../core/settings";
import { capSummary } from "../core/tools/resolve-tool-link";
import { foldToolName } from "../core/tools/tool-names";
import { readToolNote } from "../core/tools/tool-note";
import { GraphNotes, pageOfPath } from "./graph-notes";
import type { LogseqEditor } from "./host";

/** Reads profiles, tools and templates from the current graph through the Logseq editor API. */
export class GraphLibrary {
	/** The profiles read so far, bundled ones included; the graph's pages are read on the first `profiles()` call. */
	readonly catalog: ProfileCatalog;
	/** The graph's pages as notes: read, linked to, and fed to the catalog. */
	readonly notes: GraphNotes;
	/** The profiles folder of the last whole reading of the graph; null before the first. */
	#readWith: string | null = null;
	readonly #editor: LogseqEditor;
	readonly #settings: () => InnCoPilotSettings;

	constructor(editor: LogseqEditor, settings: () => InnCoPilotSettings) {
		this.#editor = editor;
		this.#settings = settings;
		// The current graph is the whole graph, and a note's path is its page name with ".md" (see GraphNotes).
		const graph = new GraphPages(() => "", pageOfPath);
		this.catalog = new ProfileCatalog(bundledProfiles, { profilesFolder: () => this.#settings().profilesFolder, graph });
		this.notes = new GraphNotes(editor, [this.catalog]);
	}

	/**
	 * Every profile to pick from: the graph's profile pages (innBoK pages by their properties and sections, with their
	 * examples and key pages; namespace, `tags:: profile`, `type:: profile` pages), then the bundled ones. The graph is
	 * read on the first call, not at load; later calls read again only the pages changed since.
	 */
	async profiles(): Promise<CatalogProfile[]> {
		// After the first reading the graph's changes come through `notes.changed`; here only pages new since are read,
		// unless the profiles folder changed, which changes which pages are profiles.
		const folder = this.#settings().profilesFolder;
		await this.notes.refresh(this.#readWith === folder ? new Set() : undefined);
		this.#readWith = folder;
		return this.catalog.all();
	}

	/**
	 * A tool's summary: its page's (summary property, Definition section or first paragraph), the page in the tools
	 * namespace first, then the page of that name; else the bundled one; else "".
	 */
	async toolSummary(name: string): Promise<string> {
		const folder = this.#settings().toolsFolder.replace(/^\/+|\/+$/g, "");
		const page = (folder === "" ? null : await this.#editor.getPage(`${folder}/${name}`)) ?? (await this.#editor.getPage(name));
		const own = page ? readToolNote(await this.text(page.originalName ?? page.name)).summary : "";
		if (own.trim() !== "") return capSummary(own);
		const wanted = foldToolName(name);
		const bundled = BUNDLED_TOOLS.find((tool) => [tool.name, ...tool.aliases].some((each) => foldToolName(each) === wanted));
		return bundled ? capSummary(bundled.summary) : "";
	}

	/** The worksheet template page's text, when the setting names one; null for the bundled template; "" when the page is missing. */
	async worksheetTemplate(): Promise<{ source: string; path: string } | null> {
		const path = this.#settings().worksheetTemplatePath.replace(/\.md$/i, "");
		if (path === "") return null;
		return { source: (await this.#editor.getPage(path)) ? await this.text(path) : "", path };
	}

	/** A page's text as its file holds it. */
	text(name: string): Promise<string> {
		return this.notes.text(name);
	}
}

