/** The prompt that asks a language model to draft one answer: the concept, worked examples, the venture note, the question. */
import type { Profile, ProfileExample } from "../profile/profile";
import { pageBody } from "../graph/page-body";
import { examplesBesidesNote } from "../sidebar/examples-besides-note";
import { estimateTokens, MESSAGE_OVERHEAD_TOKENS, trimToTokens } from "./token-estimate";
import { words } from "../wording/wording";
import { EMPTY_NOTE } from "../sidebar/copy-prompt";

/** One message of a chat request. */
export interface ChatMessage {
	role: "system" | "user" | "assistant";
	content: string;
}

/** What the prompt is built from. */
export interface DraftPromptInput {
	profile: Profile;
	question: string;
	/** The note being written, front matter included (it is left out of the prompt). */
	noteText: string;
	/** The note's name: an example with this title is the note itself and is never used. */
	noteName: string;
	/** The model's context size in tokens, as configured: the settings hold it whole, within `CONTEXT_RANGE`. */
	contextTokens: number;
}

/** The messages to send, what they are estimated to cost, and what had to be left out to fit. */
export interface DraftPrompt {
	messages: ChatMessage[];
	/** Estimated tokens of the messages. */
	tokens: number;
	/** Examples sent as worked question/answer pairs. */
	examples: number;
	/** A sentence for the draft card when examples or the note were trimmed to fit the context, else null. */
	notice: string | null;
	/** The context size to ask for (Ollama's `num_ctx`): the prompt plus room for the answer, within the configured size. */
	contextSize: number;
}

/** At most this many examples are sent, each trimmed to `EXAMPLE_TOKENS`. */
export const MAX_EXAMPLES = 3;
const EXAMPLE_TOKENS = 600;
/** The venture note is trimmed to this many tokens before the context is even considered. */
const NOTE_TOKENS = 2000;
/** Room kept for the answer itself. */
export const ANSWER_TOKENS = 512;

/**
 * Builds the chat for drafting `question`: a system message with the concept, its definition and the rules; up to three
 * of the profile's examples (never the note itself, see `examplesBesidesNote`) as worked pairs; then the
 * venture note and the question. When the estimate exceeds the context less room for the answer, examples go first
 * (last one first), then the note is trimmed; `notice` says what was left out.
 */
export function buildDraftPrompt(input: DraftPromptInput): DraftPrompt {
	const { profile, question, contextTokens: context } = input;
	const budget = context - ANSWER_TOKENS;
	const system: ChatMessage = { role: "system", content: systemText(profile) };
	const body = pageBody(input.noteText);
	const examples = examplesBesidesNote(profile.examples, input.noteText, input.noteName).slice(0, MAX_EXAMPLES);
	const pairs = examples.map((example) => examplePair(profile, question, example));
	let note = trimToTokens(body, NOTE_TOKENS);
	const cost = (messages: readonly ChatMessage[]) => messages.reduce((sum, each) => sum + MESSAGE_OVERHEAD_TOKENS + estimateTokens(each.content), 0);
	let kept = pairs.length;
	const assemble = () => [system, ...pairs.slice(0, kept).flat(), { role: "user" as const, content: questionText(question, note) }];
	while (kept > 0 && cost(assemble()) > budget) kept--;
	const over = cost(assemble()) - budget;
	const noteTrimmed = over > 0;
	if (noteTrimmed) note = trimToTokens(note, Math.max(0, estimateTokens(note) - over));
	const messages = assemble();
	const tokens = cost(messages);
	return {
		messages,
		tokens,
		examples: kept,
		notice: trimNotice(pairs.length - kept, noteTrimmed || note !== body, context),
		contextSize: Math.min(context, Math.max(2048, roundUp(tokens + ANSWER_TOKENS))),
	};
}

function systemText(profile: Profile): string {
	const definition = profile.definition.trim();
	return [
		words("prompt-concept", { name: profile.name }),
		definition === "" ? "" : `Definition: ${definition}`,
		words("prompt-venture"),
		words("prompt-style"),
	]
		.filter((line) => line !== "")
		.join("\n");
}

function questionText(question: string, note: string): string {
	const venture = note.trim() === "" ? EMPTY_NOTE : note;
	return `The venture:\n"""\n${venture}\n"""\n\nQuestion: ${question}`;
}

function examplePair(profile: Profile, question: string, example: ProfileExample): ChatMessage[] {
	const venture = example.title.trim() === "" ? "another venture" : example.title.trim();
	return [
		{ role: "user", content: `The venture: ${venture}.\n\nQuestion: ${question}\n(What is its ${profile.name.toLowerCase()}?)` },
		{ role: "assistant", content: trimToTokens(example.body.trim(), EXAMPLE_TOKENS) },
	];
}

function trimNotice(dropped: number, noteTrimmed: boolean, context: number): string | null {
	if (dropped === 0 && !noteTrimmed) return null;
	// One sentence per case (`notice-{none|one|some}` with `-note` when the note was shortened), in drafting.txt.
	const examples = dropped === 0 ? "none" : dropped === 1 ? "one" : "some";
	return words(`notice-${examples}${noteTrimmed ? "-note" : ""}`, { count: dropped, context });
}

function roundUp(tokens: number): number {
	return Math.ceil(tokens / 1024) * 1024;
}
