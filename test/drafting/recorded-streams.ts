/** Streams as model servers send them (shapes recorded from OpenAI-compatible servers and Ollama), for parsers and the loopback server. */

/** One OpenAI-compatible SSE chunk carrying `delta`, and optionally a finish reason. */
export function sseChunk(delta: Record<string, unknown>, finish: string | null = null): string {
	return `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
}

/** One Ollama NDJSON line with `content`. */
export function ndjsonLine(content: string, extra: Record<string, unknown> = {}): string {
	return `${JSON.stringify({ model: "m", created_at: "2026-01-01T00:00:00Z", message: { role: "assistant", content, ...extra }, done: false })}\n`;
}

/** Ollama's last line. */
export function ndjsonDone(reason = "stop"): string {
	return `${JSON.stringify({ model: "m", created_at: "2026-01-01T00:00:00Z", message: { role: "assistant", content: "" }, done: true, done_reason: reason, total_duration: 1, eval_count: 3 })}\n`;
}

/** The words the recorded answers say, multi-byte characters included (é, ’, 🚀, 漢). */
export const ANSWER_PIECES = ["Sell ", "directly to ", "café owners", " — they’re ", "the core 🚀 segment", " (漢字 too)."];

/** The answer as the note should get it. */
export const ANSWER = ANSWER_PIECES.join("");

/** An OpenAI-compatible stream: role delta, a keep-alive, content deltas, a finish chunk, [DONE]. */
export const OPENAI_STREAM =
	sseChunk({ role: "assistant", content: "" }) +
	": keep-alive\n\n" +
	ANSWER_PIECES.map((piece) => sseChunk({ content: piece })).join("") +
	sseChunk({}, "stop") +
	"data: [DONE]\n\n";

/** The same stream with reasoning: a `reasoning_content` delta, a `reasoning` delta and an inline think block. */
export const OPENAI_REASONING_STREAM =
	sseChunk({ role: "assistant", content: "" }) +
	sseChunk({ reasoning_content: "The user wants a segment." }) +
	sseChunk({ reasoning: "Think about cafés." }) +
	sseChunk({ content: "<think>secret plan" }) +
	sseChunk({ content: " still thinking</th" }) +
	sseChunk({ content: "ink>\n\n" }) +
	ANSWER_PIECES.map((piece) => sseChunk({ content: piece })).join("") +
	sseChunk({}, "stop") +
	"data: [DONE]\n\n";

/** An Ollama stream of the same answer. */
export const OLLAMA_STREAM = ANSWER_PIECES.map((piece) => ndjsonLine(piece)).join("") + ndjsonDone();

/** An Ollama stream whose model thinks first, in `thinking` and in an inline block. */
export const OLLAMA_REASONING_STREAM =
	ndjsonLine("", { thinking: "Let me think." }) + ndjsonLine("<think>plan</think>") + ANSWER_PIECES.map((piece) => ndjsonLine(piece)).join("") + ndjsonDone();

/** `stream` with every line ending written as CRLF. */
export function withCrlf(stream: string): string {
	return stream.replace(/\n/g, "\r\n");
}

/** `stream` with every line ending written as a lone CR. */
export function withCr(stream: string): string {
	return stream.replace(/\n/g, "\r");
}
