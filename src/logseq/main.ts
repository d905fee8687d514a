/** The Logseq plugin's entry point: loads the SDK (bundled, never fetched) and starts the plugin when the host is ready. */
import "@logseq/libs";
import { startPlugin } from "./plugin";
import { pickProfile } from "./profile-picker";

void logseq.ready(() => {
	const root = document.getElementById("app") ?? document.body;
	startPlugin(logseq, { pick: (entries) => pickProfile(root, entries), newUuid: () => crypto.randomUUID() });
});
