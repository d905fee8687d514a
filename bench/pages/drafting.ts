// Benchmark page: when a streamed token shows in the draft card, beside when the same bytes reach a bare fetch reader.
import { DraftSession } from "../../src/core/drafting/draft-session";
import { DEFAULT_DRAFTING } from "../../src/core/drafting/drafting-settings";
import { emptyProfile } from "../../src/core/profile/profile";
import { DraftCardView } from "../../src/ui/drafting/draft-card-view";
import { DraftTransport, windowFetch } from "../../src/ui/drafting/draft-transport";
import { installObsidianDom } from "../../src/ui/obsidian-dom";

declare global {
	interface Window {
		draftingBench: { card(url: string): Promise<number>; raw(url: string): Promise<number> };
	}
}

installObsidianDom();
const now = () => performance.timeOrigin + performance.now();

/** Epoch milliseconds at which the first answer text appeared in the card (a MutationObserver sees it as soon as it is drawn). */
async function card(url: string): Promise<number> {
	const root = document.getElementById("root") ?? document.body;
	root.replaceChildren();
	let session: DraftSession | null = null;
	const view = new DraftCardView(root, "Who buys?", () => undefined);
	const settings = { ...DEFAULT_DRAFTING, enabled: true, provider: "openai-compatible" as const, baseUrl: url, model: "m" };
	session = new DraftSession(new DraftTransport(windowFetch, null), () => ({ settings, apiKey: null }), (id) => view.update(session?.card(id) ?? { phase: "idle" }));
	const text = view.el.querySelector(".inncopilot-draft-text");
	let shown = 0;
	const observer = new MutationObserver(() => {
		if (shown === 0 && (text?.textContent ?? "") !== "") shown = now();
	});
	if (text !== null) observer.observe(text, { childList: true, characterData: true, subtree: true });
	await session.draft({ id: "q", input: () => ({ profile: emptyProfile("Pricing"), question: "Who buys?", noteText: "A café.", noteName: "Café" }) });
	observer.disconnect();
	return shown;
}

/** Epoch milliseconds at which a bare fetch reader got the bytes after the first piece (the same stream, unparsed). */
async function raw(url: string): Promise<number> {
	const response = await windowFetch(`${url}/chat/completions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
	const reader = response.body?.getReader();
	let pieces = 0;
	let at = 0;
	for (;;) {
		const { done } = (await reader?.read()) ?? { done: true };
		if (done) break;
		if (++pieces === 2 && at === 0) at = now();
	}
	return at;
}

window.draftingBench = { card, raw };
