/** A quick, tokenizer-free estimate of how many tokens a text costs a language model. */

/** Characters per token for English prose under common tokenizers; other scripts cost more, so this errs high for them. */
const CHARS_PER_TOKEN = 4;

/** What each chat message costs beyond its text (role and separators). */
export const MESSAGE_OVERHEAD_TOKENS = 4;

/** Estimated tokens of `text`: a quarter of its characters, counting each non-Latin character as a token of its own. */
export function estimateTokens(text: string): number {
	let latin = 0;
	let other = 0;
	for (let i = 0; i < text.length; i++) {
		if (text.charCodeAt(i) < 0x0250) latin++;
		else other++;
	}
	return Math.ceil(latin / CHARS_PER_TOKEN) + other;
}

/** `text` cut at a paragraph, line or word boundary so that its estimate fits `tokens`, with "…" when anything was cut. */
export function trimToTokens(text: string, tokens: number): string {
	if (estimateTokens(text) <= tokens) return text;
	if (tokens <= 1) return "";
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (estimateTokens(text.slice(0, mid)) <= tokens - 1) low = mid;
		else high = mid - 1;
	}
	const end = low > 0 && /[\uD800-\uDBFF]/.test(text[low - 1]) ? low - 1 : low;
	const head = text.slice(0, end);
	const cut = Math.max(head.lastIndexOf("\n\n"), head.lastIndexOf("\n"), head.lastIndexOf(" "));
	return `${(cut > end / 2 ? head.slice(0, cut) : head).trimEnd()}…`;
}
