/** The repair-text-encoding command as a pure function: a note's text in, one change and a message out. */
import { words } from "../wording/wording";
import { repairMojibakeCounted } from "../text/mojibake";
import { minimalChange, type TextChange } from "../text/text-change";

/** What repairing a note changes, and what to tell the user. */
export interface EncodingRepair {
	/** The one change covering every repaired run, or null when nothing needed repair. */
	change: TextChange | null;
	runs: number;
	message: string;
}

/** Repairs UTF-8 text that was read as Mac Roman (`üîç` → 🔍) and says how many runs changed, or that none did. */
export function repairEncoding(text: string): EncodingRepair {
	const repaired = repairMojibakeCounted(text);
	const change = repaired.runs === 0 ? null : minimalChange(text, repaired.text);
	if (change === null) return { change: null, runs: 0, message: words("repair-nothing") };
	const runs = repaired.runs;
	return { change, runs, message: `Repaired ${runs} garbled ${runs === 1 ? "run" : "runs"} of text (UTF-8 that had been read as Mac Roman).` };
}
