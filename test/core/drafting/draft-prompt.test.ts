import fc from "fast-check";
import { buildDraftPrompt, type DraftPromptInput } from "../../../src/core/drafting/draft-prompt";
import { estimateTokens, MESSAGE_OVERHEAD_TOKENS, trimToTokens } from "../../../src/core/drafting/token-estimate";
import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile, type Profile } from "../../../src/core/profile/profile";
import { fixture } from "../../support/fixtures";
import { profileArbitrary } from "../../support/profile-arbitrary";

const SEED = parseProfile(fixture("logseq-seed-sales-strategy.md"));
const VENTURE = fixture("obsidian-venture-answers-sales-strategy.md");

function input(overrides: Partial<DraftPromptInput> = {}): DraftPromptInput {
	return { profile: SEED, question: "Who are the target customers?", noteText: VENTURE, noteName: "Exotic Pet Rental", contextTokens: 8192, ...overrides };
}

function profileWith(examples: Profile["examples"]): Profile {
	return { ...emptyProfile("Sales strategy"), definition: "How a company sells.", examples };
}

describe("the draft prompt", () => {
	it("opens with the concept, its definition and the rules, and ends with the venture and the one question", () => {
		const prompt = buildDraftPrompt(input());
		const [system] = prompt.messages;
		const last = prompt.messages[prompt.messages.length - 1];
		expect(system.role).toBe("system");
		expect(system.content).toContain(`"${SEED.name}"`);
		expect(system.content).toContain(SEED.definition);
		expect(system.content).toMatch(/without headings/);
		expect(last.role).toBe("user");
		expect(last.content).toMatch(/Question: Who are the target customers\?$/);
		expect(last.content).not.toMatch(/^---/m);
	});

	it("sends two or three of the profile's examples as worked question and answer pairs", () => {
		expect(SEED.examples.length).toBeGreaterThanOrEqual(3);
		const prompt = buildDraftPrompt(input());
		expect(prompt.examples).toBe(3);
		const pairs = prompt.messages.slice(1, -1);
		expect(pairs.map((each) => each.role)).toEqual(["user", "assistant", "user", "assistant", "user", "assistant"]);
		expect(pairs[0].content).toContain(SEED.examples[0].title);
		expect(pairs[1].content.slice(0, 40)).toBe(SEED.examples[0].body.trim().slice(0, 40));
	});

	it("never uses the note being written as an example, by its title or by its text", () => {
		const profile = profileWith([
			{ title: "Exotic Pet Rental", body: "Our own answer." },
			{ title: "Space X", body: "Sell to agencies." },
			{ title: "Copy", body: "The venture text itself." },
		]);
		const prompt = buildDraftPrompt(input({ profile, noteText: "The venture text itself.", noteName: "Exotic pet rental" }));
		const sent = prompt.messages.map((each) => each.content).join("\n");
		expect(prompt.examples).toBe(1);
		expect(sent).toContain("Sell to agencies.");
		expect(sent).not.toContain("Our own answer.");
	});

	it("leaves examples out first, the last first, when the context is small, and says so", () => {
		const long = "Sell by phone to every office manager in the city. ".repeat(60);
		const profile = profileWith([1, 2, 3].map((n) => ({ title: `Venture ${n}`, body: `${n}: ${long}` })));
		const roomy = buildDraftPrompt(input({ profile, contextTokens: 8192 }));
		const tight = buildDraftPrompt(input({ profile, contextTokens: 1600 }));
		expect(roomy.notice).toBeNull();
		expect(tight.examples).toBeLessThan(3);
		expect(tight.messages.some((each) => each.content.startsWith("1: "))).toBe(true);
		expect(tight.notice).toMatch(/worked examples? (was|were) left out to fit the 1600-token context\./i);
		expect(tight.tokens).toBeLessThanOrEqual(1600 - 512);
	});

	it("sizes Ollama's context to the prompt plus room for the answer, never above the configured size", () => {
		const prompt = buildDraftPrompt(input({ contextTokens: 32768 }));
		expect(prompt.contextSize).toBeGreaterThanOrEqual(prompt.tokens + 512);
		expect(prompt.contextSize).toBeLessThan(32768);
		expect(buildDraftPrompt(input({ contextTokens: 2048 })).contextSize).toBe(2048);
	});

	it("says the note is empty instead of sending an empty venture", () => {
		expect(buildDraftPrompt(input({ noteText: "---\nprofiles: [Sales strategy]\n---\n" })).messages.at(-1)?.content).toContain("(The note is still empty.)");
	});

	it("keeps within the budget for any profile, note and context size, and never sends the note as an example", () => {
		fc.assert(
			fc.property(profileArbitrary, fc.string({ maxLength: 3000 }), fc.integer({ min: 1024, max: 16384 }), (profile, note, contextTokens) => {
				const withOwn = { ...profile, examples: [{ title: "My venture", body: "MY-OWN-ANSWER" }, ...profile.examples] };
				const prompt = buildDraftPrompt({ profile: withOwn, question: "What could it be?", noteText: note, noteName: "My venture", contextTokens });
				const counted = prompt.messages.reduce((sum, each) => sum + MESSAGE_OVERHEAD_TOKENS + estimateTokens(each.content), 0);
				const floor = prompt.messages.length === 2 ? counted : 0;
				return (
					prompt.tokens === counted &&
					(prompt.tokens <= contextTokens - 512 || prompt.tokens === floor) &&
					prompt.examples <= 3 &&
					prompt.messages.every((each) => !each.content.includes("MY-OWN-ANSWER"))
				);
			}),
		);
	});
});

describe("the token estimate", () => {
	it("counts about four Latin characters a token and one a token for other scripts", () => {
		expect(estimateTokens("abcdefgh")).toBe(2);
		expect(estimateTokens("漢字")).toBe(2);
	});

	it("trims at a word boundary, marks the cut, and never splits a surrogate pair", () => {
		expect(trimToTokens("short", 10)).toBe("short");
		const trimmed = trimToTokens("alpha beta gamma delta epsilon zeta eta theta", 5);
		expect(trimmed.endsWith("…")).toBe(true);
		expect(estimateTokens(trimmed)).toBeLessThanOrEqual(5);
		fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (text, tokens) => {
			const out = trimToTokens(text, tokens);
			const fits = out === text || estimateTokens(out) <= tokens;
			return fits && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out);
		}));
	});
});
