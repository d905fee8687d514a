/** Finds the folder of a vault that holds a Logseq graph: where `logseq/config.edn` is, or where innBoK pages are. */

/** A file name of an innBoK-shaped page: a namespace with an id (`profile-(id)___…`) joined with `___`. */
const INNBOK_FILE = /(^|\/)[a-z][a-z0-9-]*-\([^()/]*\)___[^/]+\.md$/i;

/** Where a Logseq graph keeps its configuration, below its root. */
export const LOGSEQ_CONFIG = "logseq/config.edn";

/** True for the path of a Logseq graph's configuration, at the vault's root or in any folder (not `mylogseq/config.edn`). */
export function isLogseqConfig(path: string): boolean {
	return path.endsWith(LOGSEQ_CONFIG) && (path.length === LOGSEQ_CONFIG.length || path.charCodeAt(path.length - LOGSEQ_CONFIG.length - 1) === 47);
}

/**
 * The graph's folder ("" for the vault's root), or null when the vault has none: the folder above the first
 * `logseq/config.edn` (shallowest first), else the folder above the `pages`/`journals` folder holding most
 * innBoK-named pages, else that folder itself. Linear in the number of paths; a path that cannot be either costs
 * two substring searches, no pattern (it runs over every path of the vault at the first build).
 */
export function detectGraphFolder(paths: readonly string[]): string | null {
	let config: string | null = null;
	const votes = new Map<string, number>();
	for (const path of paths) {
		if (isLogseqConfig(path)) {
			const folder = path.slice(0, -LOGSEQ_CONFIG.length).replace(/\/$/, "");
			if (config === null || depth(folder) < depth(config)) config = folder;
		} else if (path.indexOf(")___") !== -1 && INNBOK_FILE.test(path)) {
			const folder = graphRoot(parentFolder(path));
			votes.set(folder, (votes.get(folder) ?? 0) + 1);
		}
	}
	if (config !== null) return config;
	let best: string | null = null;
	for (const [folder, count] of votes) if (best === null || count > (votes.get(best) ?? 0)) best = folder;
	return best;
}

/** A folder as written without the slashes before and after it: "/graph/" → "graph". */
export function withoutSlashes(folder: string): string {
	return folder.replace(/^\/+|\/+$/g, "");
}

/** True when `path` lies inside `folder`, written as `withoutSlashes` gives it ("" holds every path); asked for every note, so it builds no string. */
export function inFolder(path: string, folder: string): boolean {
	return folder === "" || (path.charCodeAt(folder.length) === 47 && path.startsWith(folder));
}

/** The folder that holds `path`: `graph/pages/a.md` → `graph/pages`, "" for a path at the vault's root. */
export function parentFolder(path: string): string {
	return path.slice(0, Math.max(0, path.lastIndexOf("/")));
}

/** `graph/pages` → `graph`: a Logseq graph keeps its pages in `pages/` and `journals/` under its root. */
function graphRoot(folder: string): string {
	const last = folder.slice(folder.lastIndexOf("/") + 1).toLowerCase();
	return last === "pages" || last === "journals" ? parentFolder(folder) : folder;
}

function depth(folder: string): number {
	return folder === "" ? 0 : folder.split("/").length;
}

/**
 * The graph folder a setting chooses: "/" for the whole vault, a folder as named, or "" to detect it from the vault's
 * paths. Detection runs once per setting value (the vault is listed only then). See also `detectGraphFolder`.
 */
export function graphFolderSource(setting: () => string, paths: () => readonly string[]): () => string | null {
	let lastSetting: string | null = null;
	let folder: string | null = null;
	return () => {
		const chosen = setting().trim();
		if (chosen === lastSetting) return folder;
		lastSetting = chosen;
		// "/" loses its slash like any named folder, and "" is the whole vault.
		folder = chosen !== "" ? withoutSlashes(chosen) : detectGraphFolder(paths());
		return folder;
	};
}
