/** How tool names compare: as Obsidian matches link text, and also across case, apostrophes and spacing. */
import { repairMojibake } from "../text/mojibake";

const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g;
const QUOTES = /[\u201c\u201d\u201f\u2033]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f]+/g;

/** Folds a name for matching: mojibake repaired, Unicode composed, lower case, curly apostrophes and quotes straightened, white space collapsed. */
export function foldToolName(name: string): string {
	return repairMojibake(name).normalize("NFC").toLowerCase().replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(SPACES, " ").trim();
}

