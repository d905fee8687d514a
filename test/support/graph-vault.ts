/** The demo graph in a memory vault, its folder detected from its files, with a catalog that reads it. */
import { ProfileCatalog } from "../../src/core/catalog/profile-catalog";
import { detectGraphFolder } from "../../src/core/graph/graph-folder";
import { GraphPages } from "../../src/core/graph/graph-pages";
import { MemoryVault } from "../../src/core/host/memory-vault";
import { bundledProfiles } from "../../src/core/library/profiles";
import { demoGraph } from "./graph-files";

/** What the graph tests work on. */
export interface GraphVault {
	vault: MemoryVault;
	catalog: ProfileCatalog;
	folder: string | null;
}

/** The demo graph (plus `extra` notes, written after it) beside the bundled profiles. */
export function graphVault(extra: Record<string, string> = {}): GraphVault {
	const files = demoGraph();
	const folder = detectGraphFolder([...files.keys()]);
	const catalog = new ProfileCatalog(bundledProfiles, { profilesFolder: () => "Profiles", graph: new GraphPages(() => folder) });
	const vault = new MemoryVault([catalog]);
	for (const [path, text] of files) if (path.endsWith(".md")) vault.write(path, text);
	for (const [path, text] of Object.entries(extra)) vault.write(path, text);
	return { vault, catalog, folder };
}
