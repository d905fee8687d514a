/** Tool summary chips in Logseq: the `{{renderer :inncopilot-tool, Name}}` macro slot gets a `<details>` chip. */
import { toolChipTemplate } from "../core/logseq/tool-chip-template";
import { toolNameOfMacro } from "../core/logseq/tool-macro";
import type { InnCoPilotSettings } from "../core/settings";
import type { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";

/** Answers every renderer slot of ours with the tool's chip (or an empty slot when chips are switched off). */
export function registerToolChips(host: LogseqHost, library: GraphLibrary, settings: () => InnCoPilotSettings): void {
	host.App.onMacroRendererSlotted(({ slot, payload }) => {
		const args: unknown = payload?.arguments;
		const name = Array.isArray(args) && args.every((arg) => typeof arg === "string") ? toolNameOfMacro(args) : null;
		if (name === null || typeof slot !== "string") return;
		void renderChip(host, library, settings(), slot, name);
	});
}

async function renderChip(host: LogseqHost, library: GraphLibrary, settings: InnCoPilotSettings, slot: string, name: string): Promise<void> {
	const template = settings.toolChips ? toolChipTemplate({ name, summary: await library.toolSummary(name), expanded: settings.toolSummaryExpanded }) : "";
	host.provideUI({ key: `tool-${slot}`, slot, reset: true, template });
}
