/** Go to next field / Go to previous field in Logseq: palette commands with keybindings of their own (Tab is Logseq's indent). */
import type { PageBlock } from "../core/logseq/page-blocks";
import { fieldFrom } from "../core/logseq/page-fields";
import type { LogseqHost } from "./host";

/** Registers both commands. */
export function registerFieldCommands(host: LogseqHost): void {
	host.App.registerCommandPalette({ key: "next-field", label: "Go to next field", keybinding: { mode: "global", binding: "mod+shift+n" } }, () => {
		void goToField(host, "next");
	});
	host.App.registerCommandPalette({ key: "previous-field", label: "Go to previous field", keybinding: { mode: "global", binding: "mod+shift+b" } }, () => {
		void goToField(host, "previous");
	});
}

/** Opens the next (or previous) unfilled field of the current page's worksheets for editing, or says there is none. */
export async function goToField(host: LogseqHost, direction: "next" | "previous"): Promise<void> {
	const tree = ((await host.Editor.getCurrentPageBlocksTree()) ?? []) as unknown as PageBlock[];
	const current = (await host.Editor.getCurrentBlock())?.uuid ?? null;
	const target = fieldFrom(tree, current, direction);
	if (target === null) {
		await host.UI.showMsg("No field left to fill on this page.", "warning");
		return;
	}
	await host.Editor.editBlock(target);
}
