/** The HTML of a tool's summary chip in Logseq: a `<details>` that folds and unfolds without any script. */
import { escapeHtml } from "./escape-html";

/** What one chip shows. */
export interface ToolChip {
	name: string;
	/** The summary as plain text; empty when no summary is known. */
	summary: string;
	/** Whether the chip starts unfolded (the "Expand summaries by default" setting). */
	expanded: boolean;
}

/** The chip's template; every value in it is escaped here, whatever the host's sanitiser does after. */
export function toolChipTemplate(chip: ToolChip): string {
	const summary = chip.summary.trim() === "" ? "No summary yet: add one to the tool's page." : chip.summary.trim();
	const paragraphs = summary
		.split(/\n\s*\n/)
		.map((paragraph) => `<p>${escapeHtml(paragraph.replace(/\s*\n\s*/g, " "))}</p>`)
		.join("");
	return (
		`<details class="inncopilot-tool"${chip.expanded ? " open" : ""}>` +
		`<summary title="${escapeHtml(`What ${chip.name} is for`)}">ⓘ ${escapeHtml(chip.name)}</summary>` +
		`<div class="inncopilot-tool-summary">${paragraphs}</div></details>`
	);
}
