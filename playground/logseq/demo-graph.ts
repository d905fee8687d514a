/**
 * The Logseq tab's graph: the pages of demo-vault/graph/ (the small innBoK-shaped graph), the demo vault's Logseq-format
 * profile page in the plugin's profiles namespace, and a venture page to work in.
 */
import customerChannels from "../../demo-vault/Profiles/profile___customer channels.md";
import { pageNameOfFile } from "../../src/core/graph/page-names";
import { DEMO_GRAPH_NOTES } from "../demo-graph-notes";
import venture from "./exotic-pet-rental.md";
import { pageSeeds, type SeedBlock } from "./page-seeds";

/** The page the Logseq tab opens first. */
export const FIRST_PAGE = "Exotic Pet Rental";

/** The journal page title Logseq shows for a `yyyy_MM_dd` file, in the graph's `yyyy-MM-dd` title format. */
function journalName(file: string): string {
	return file.replace(/_/g, "-");
}

/** Every page of the tab's graph by name, as blocks. */
export function demoGraphPages(): Record<string, SeedBlock[]> {
	const pages: Record<string, SeedBlock[]> = { [FIRST_PAGE]: pageSeeds(venture), "Profiles/Customer channels": pageSeeds(customerChannels) };
	for (const [path, text] of Object.entries(DEMO_GRAPH_NOTES)) {
		const file = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
		pages[path.includes("/journals/") ? journalName(file) : pageNameOfFile(file)] = pageSeeds(text);
	}
	return pages;
}
