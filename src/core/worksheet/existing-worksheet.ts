/** Finds a profile's worksheet already in a note, so that a second insertion can offer to go there instead. */
import { fenceMarker, nextFence } from "../text/code";
import { lineSpans } from "../text/line-spans";
import { metaRegion } from "../text/meta-region";
import type { TextRange } from "../text/text-change";

const HEADING = /^(?:- )?#{1,6}[ \t]+(.*?)[ \t#]*$/;

/**
 * The heading line of the first worksheet for `profileName` in the note (a heading of any level, or a Logseq `- ##`
 * bullet, whose text is the profile's name, outside metadata and code blocks), or null when there is none.
 */
export function findWorksheet(noteText: string, profileName: string): TextRange | null {
	const wanted = normalise(profileName);
	if (wanted === "") return null;
	const bodyStart = metaRegion(noteText).bodyStart;
	let fence = "";
	for (const span of lineSpans(noteText)) {
		if (span.from < bodyStart) continue;
		const marker = fenceMarker(span.text);
		const inCode = fence !== "" || marker !== "";
		fence = nextFence(fence, marker);
		if (inCode) continue;
		const heading = HEADING.exec(span.text);
		if (heading && normalise(heading[1]) === wanted) return { from: span.from, to: span.to };
	}
	return null;
}

function normalise(name: string): string {
	return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
