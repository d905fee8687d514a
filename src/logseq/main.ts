/** The Logseq plugin's entry point: loads the SDK (bundled, never fetched) and starts the plugin when the host is ready. */
import "@logseq/libs";
import { installObsidianDom } from "../ui/obsidian-dom";
import { windowDebounce } from "../ui/window-debounce";
import { askExistingWorksheet } from "./existing-worksheet-dialog";
import { startPlugin } from "./plugin";
import { pickProfile } from "./profile-picker";

void logseq.ready(() => {
	installObsidianDom();
	const root = document.getElementById("app") ?? document.body;
	const panel = document.createElement("aside");
	panel.className = "inncopilot-panel";
	panel.hidden = true;
	root.append(panel);
	startPlugin(logseq, {
		pick: (entries, highlighted) => pickProfile(root, entries, highlighted),
		ask: (profileName) => askExistingWorksheet(root, profileName),
		newUuid: () => crypto.randomUUID(),
		panel: { root: panel, debounce: windowDebounce(window), writeClipboard: (text) => navigator.clipboard.writeText(text) },
	});
});
