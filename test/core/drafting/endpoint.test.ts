import { buildDraftPrompt } from "../../../src/core/drafting/draft-prompt";
import { draftRequest } from "../../../src/core/drafting/draft-request";
import { DEFAULT_DRAFTING, readDraftingSettings, type DraftingSettings } from "../../../src/core/drafting/drafting-settings";
import { endpointLocality } from "../../../src/core/drafting/endpoint-locality";
import { failureMessage } from "../../../src/core/drafting/failure-message";
import { httpFailure } from "../../../src/core/drafting/http-failure";
import { chatUrl, PROVIDERS, providerPreset } from "../../../src/core/drafting/providers";
import { emptyProfile } from "../../../src/core/profile/profile";

const PROMPT = buildDraftPrompt({ profile: emptyProfile("Pricing"), question: "What do we charge?", noteText: "A café.", noteName: "Café", contextTokens: 4096 });
const ON: DraftingSettings = { ...DEFAULT_DRAFTING, enabled: true, model: "llama3.2" };

describe("provider presets", () => {
	it("offer the five providers with the addresses a fresh install listens on", () => {
		expect(PROVIDERS.map((each) => [each.label, each.baseUrl])).toEqual([
			["Ollama", "http://127.0.0.1:11434"],
			["LM Studio", "http://127.0.0.1:1234/v1"],
			["llama.cpp server", "http://127.0.0.1:8080/v1"],
			["OpenAI", "https://api.openai.com/v1"],
			["Other OpenAI-compatible", ""],
		]);
		expect(providerPreset("gone").id).toBe("ollama");
	});

	it("send Ollama to /api/chat and the others to /chat/completions, whatever trailing slash the user typed", () => {
		expect(chatUrl("ollama", "http://127.0.0.1:11434/")).toBe("http://127.0.0.1:11434/api/chat");
		expect(chatUrl("openai", " https://api.openai.com/v1// ")).toBe("https://api.openai.com/v1/chat/completions");
	});
});

describe("where an endpoint is", () => {
	it.each([
		["http://127.0.0.1:11434", "this-machine"],
		["http://localhost:1234/v1", "this-machine"],
		["http://[::1]:8080", "this-machine"],
		["http://0.0.0.0:8000", "this-machine"],
		["http://gpu.localhost", "this-machine"],
		["http://192.168.1.20:11434", "local-network"],
		["http://10.0.0.5", "local-network"],
		["http://172.20.0.2", "local-network"],
		["http://gpu-box.local:8080", "local-network"],
		["http://172.16.0.1", "local-network"],
		["http://172.31.255.1", "local-network"],
		["http://169.254.10.2", "local-network"],
		["http://gpu.lan", "local-network"],
		["http://[fd12::1]", "local-network"],
		["http://[fe80::1]", "local-network"],
		["HTTP://LOCALHOST:1234", "this-machine"],
		["http://[FD12::1]", "local-network"],
		["http://GPU-Box.LAN", "local-network"],
		["http://172.15.0.1", "remote"],
		["http://192.169.0.1", "remote"],
		["http://localhost.example.com", "remote"],
		["http://172.32.0.2", "remote"],
		["https://api.openai.com/v1", "remote"],
		["http://127.0.0.1.example.com", "remote"],
		["ftp://127.0.0.1", "invalid"],
		["", "invalid"],
	])("%s is %s", (url, locality) => {
		expect(endpointLocality(url)).toBe(locality);
	});
});

describe("the draft request", () => {
	it("is refused while drafting is off, so nothing can be sent", () => {
		expect(draftRequest({ ...ON, enabled: false }, PROMPT, null)).toEqual({ ok: false, error: "Drafting is off. Turn it on in the drafting settings." });
	});

	it("asks Ollama to stream with num_ctx sized to the prompt and the chosen temperature", () => {
		const request = draftRequest({ ...ON, temperature: 0.2 }, PROMPT, null);
		if (!request.ok) throw new Error(request.error);
		expect(request.value.url).toBe("http://127.0.0.1:11434/api/chat");
		expect(JSON.parse(request.value.body)).toEqual({ model: "llama3.2", messages: PROMPT.messages, stream: true, options: { num_ctx: PROMPT.contextSize, temperature: 0.2 } });
		expect(Object.keys(request.value.headers)).toEqual(["Content-Type", "Accept"]);
	});

	it("sends an OpenAI-compatible request with the key as a bearer token and no other headers", () => {
		const request = draftRequest({ ...ON, provider: "openai", baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini" }, PROMPT, " sk-1 ");
		if (!request.ok) throw new Error(request.error);
		expect(request.value.headers).toEqual({ "Content-Type": "application/json", Accept: "text/event-stream", Authorization: "Bearer sk-1" });
		expect(JSON.parse(request.value.body)).toMatchObject({ model: "gpt-4o-mini", stream: true });
	});

	it("says what is missing: a model, a valid address, a key for a remote provider that needs one", () => {
		expect(draftRequest({ ...ON, model: "" }, PROMPT, null)).toEqual({ ok: false, error: "No model is set. Name one in the drafting settings." });
		expect(draftRequest({ ...ON, baseUrl: "127.0.0.1:11434" }, PROMPT, null).ok).toBe(false);
		expect(draftRequest({ ...ON, provider: "openai", baseUrl: "https://api.openai.com/v1" }, PROMPT, "")).toEqual({ ok: false, error: "OpenAI needs an API key. Add it in the drafting settings." });
	});
});

describe("saved drafting settings", () => {
	it("start off, and keep only valid values", () => {
		expect(readDraftingSettings(undefined)).toEqual(DEFAULT_DRAFTING);
		expect(DEFAULT_DRAFTING.enabled).toBe(false);
		expect(readDraftingSettings({ enabled: "yes", provider: "skynet", contextTokens: -5, temperature: 9, model: " m " })).toEqual({
			...DEFAULT_DRAFTING,
			model: "m",
			contextTokens: 1024,
			temperature: 2,
		});
	});

	it("never carry an API key, even when an old data.json had one", () => {
		expect(readDraftingSettings({ ...ON, apiKey: "sk-secret" })).not.toHaveProperty("apiKey");
	});
});

describe("failure messages", () => {
	const context = { provider: "ollama", baseUrl: "http://127.0.0.1:11434/", model: "llama3.2" };

	it.each([
		[401, "", "The server refused the API key (401). Check the key in the drafting settings."],
		[404, "", "Not found (404): the model “llama3.2” or the address http://127.0.0.1:11434. Check both in the drafting settings."],
		[429, "", "Too many requests (429): the server asks you to wait. Try again in a moment."],
		[500, '{"error":{"message":"CUDA out of memory","type":"server_error"}}', "The server failed (500): CUDA out of memory"],
		[503, '{"error":"loading model"}', "The server failed (503): loading model"],
		[502, "Bad gateway\n", "The server failed (502): Bad gateway"],
		[400, '{"message":"bad request"}', "The server answered 400: bad request"],
	])("for status %s says what a person can do", (status, body, message) => {
		expect(failureMessage(httpFailure(status, body), context)).toBe(message);
	});

	it("names the server that is not running, and how to let the app through its cross-origin rules", () => {
		expect(failureMessage({ kind: "refused" }, context)).toBe("Could not connect. Is Ollama running at http://127.0.0.1:11434?");
		expect(failureMessage({ kind: "cross-origin" }, context)).toMatch(/^http:\/\/127\.0\.0\.1:11434 blocked the request with its cross-origin rules\. .*OLLAMA_ORIGINS/);
		expect(failureMessage({ kind: "refused" }, { ...context, provider: "openai-compatible", baseUrl: "http://127.0.0.1:9000/v1" })).toBe("Could not connect. Is the server running at http://127.0.0.1:9000/v1?");
	});

	it("offers to keep or regenerate an answer that ended early", () => {
		expect(failureMessage({ kind: "incomplete" }, context)).toBe("The answer ended before it was finished (incomplete): keep it or regenerate.");
	});
});
