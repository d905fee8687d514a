import { DEFAULT_DRAFTING, type DraftingSettings } from "../../../src/core/drafting/drafting-settings";
import { ApiKeyStore } from "../../../src/obsidian/drafting/api-key-store";
import { DraftTransport, type FetchLike } from "../../../src/ui/drafting/draft-transport";
import { obsidianDrafting } from "../../../src/obsidian/drafting/obsidian-drafting";
import type { CopilotView } from "../../../src/obsidian/sidebar/copilot-view";
import { startLoopback, type Loopback } from "../../drafting/loopback-server.cjs";
import { contentOf, copilotEnv, openSidebar, PETS } from "../../support/copilot-app";

const nodeFetch: FetchLike = (url, init) => globalThis.fetch(url, init);
const sse = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const STREAM = sse("Families ") + sse("pay €40 a week.") + `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\ndata: [DONE]\n\n`;

let server: Loopback;
beforeAll(async () => {
	server = await startLoopback();
});
afterAll(() => server.close());
beforeEach(() => {
	server.reset();
});

async function setUp(drafting: Partial<DraftingSettings>) {
	const env = copilotEnv();
	const settings = { flavor: "auto" as const, drafting: { ...DEFAULT_DRAFTING, provider: "openai-compatible" as const, baseUrl: server.url, model: "m", ...drafting } };
	const keys = new ApiKeyStore(null);
	keys.set("sk-local");
	env.deps.drafting = { ...obsidianDrafting(() => settings, keys), port: new DraftTransport(nodeFetch, null) };
	const note = await env.app.openNote("Ventures/Pets.md");
	const view = await openSidebar(env);
	await new Promise((resolve) => setTimeout(resolve, 0));
	return { note, view, settings, app: env.app };
}

function questionItem(view: CopilotView, text: string) {
	const item = contentOf(view).findAll("inncopilot-copilot-question").find((each) => each.textContent.includes(text));
	if (item === undefined) throw new Error(`no question ${text}`);
	return item;
}

async function until(condition: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	if (!condition()) throw new Error("timed out");
}

describe("drafting in Obsidian's copilot sidebar", () => {
	it("shows no Draft button and sends nothing while drafting is off", async () => {
		const { view } = await setUp({ enabled: false });
		expect(contentOf(view).findAll("inncopilot-draft-button")).toEqual([]);
		expect(server.requests).toEqual([]);
	});

	it("shows the Draft buttons once drafting is turned on, without a request", async () => {
		const { view, settings } = await setUp({ enabled: false });
		settings.drafting = { ...settings.drafting, enabled: true };
		view.settingsChanged();
		await until(() => contentOf(view).findAll("inncopilot-draft-button").length > 0);
		expect(contentOf(view).findAll("inncopilot-draft-button")).toHaveLength(contentOf(view).findAll("inncopilot-copilot-question").length);
		expect(contentOf(view).findAll("inncopilot-draft-unanswered")).toHaveLength(1);
		expect(contentOf(view).get("inncopilot-draft-unanswered").getAttribute("aria-label")).toBe("Draft answers to the 3 unanswered questions, one after another");
		expect(server.requests).toEqual([]);
	});

	it("streams a draft into the question's card and accepts it into the note as one transaction", async () => {
		const { view, note } = await setUp({ enabled: true });
		server.next({ body: STREAM, pieces: 9 });
		const item = questionItem(view, "What do customers pay today?");
		item.get("inncopilot-draft-button").click();
		const card = () => questionItem(view, "What do customers pay today?").get("inncopilot-draft-card");
		await until(() => card().getAttribute("data-phase") === "done");
		expect(card().get("inncopilot-draft-text").textContent).toBe("Families pay €40 a week.");
		expect(note.editor.getValue()).toBe(PETS);
		expect(server.requests[0].headers.authorization).toBe("Bearer sk-local");
		const sent = JSON.parse(server.requests[0].body) as { messages: { content: string }[] };
		expect(sent.messages.at(-1)?.content).toContain("See [[Pricing]].");

		card().get("inncopilot-draft-accept").click();
		await until(() => note.editor.transactions.length === 1);
		expect(note.editor.getValue()).toBe(PETS.replace("## What do customers pay today?\n", "## What do customers pay today?\nFamilies pay €40 a week.\n"));
		expect(card().attributes.has("hidden")).toBe(true);
	});

	it("keeps the draft in its card, with the one notice saying why, when the note cannot be opened in an editor", async () => {
		const { view, note, app } = await setUp({ enabled: true });
		server.next({ body: STREAM, pieces: 3 });
		questionItem(view, "What do customers pay today?").get("inncopilot-draft-button").click();
		const card = () => questionItem(view, "What do customers pay today?").get("inncopilot-draft-card");
		await until(() => card().getAttribute("data-phase") === "done");
		const notices = app.document.notices.length;
		app.vault.getFileByPath = () => null;
		card().get("inncopilot-draft-accept").click();
		await until(() => app.document.notices.length > notices);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(app.document.notices.slice(notices)).toEqual(["Could not open “Ventures/Pets.md” in an editor."]);
		expect(card().getAttribute("data-phase")).toBe("done");
		expect(card().get("inncopilot-draft-text").textContent).toBe("Families pay €40 a week.");
		expect(note.editor.getValue()).toBe(PETS);
	});

	it("shows a refused key in the card, and the note stays as it was", async () => {
		const { view, note } = await setUp({ enabled: true });
		server.next({ status: 401, body: "" });
		questionItem(view, "Which price is a bargain?").get("inncopilot-draft-button").click();
		const card = () => questionItem(view, "Which price is a bargain?").get("inncopilot-draft-card");
		await until(() => card().getAttribute("data-phase") === "error");
		expect(card().get("inncopilot-draft-message").textContent).toBe("The server refused the API key (401). Check the key in the drafting settings.");
		expect(note.editor.getValue()).toBe(PETS);
	});
});
