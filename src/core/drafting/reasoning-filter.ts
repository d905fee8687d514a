/** Keeps a model's visible reasoning (`<think>…</think>`) out of the answer, even when a tag is split across pieces. */

const OPEN = "<think>";
const CLOSE = "</think>";

/** Filters streamed answer text: what is inside think tags is dropped, the rest passes in order. */
export class ReasoningFilter {
	#held = "";
	#thinking = false;
	#started = false;

	/** The part of `text` (with what was held back) that is surely answer text. */
	push(text: string): string {
		let input = this.#held + text;
		this.#held = "";
		let out = "";
		while (input !== "") {
			const tag = this.#thinking ? CLOSE : OPEN;
			const at = input.indexOf(tag);
			if (at !== -1) {
				if (!this.#thinking) out += input.slice(0, at);
				this.#thinking = !this.#thinking;
				input = input.slice(at + tag.length);
				continue;
			}
			const keep = partialTagLength(input, tag);
			if (!this.#thinking) out += input.slice(0, input.length - keep);
			this.#held = input.slice(input.length - keep);
			break;
		}
		return this.#trimStart(out);
	}

	/** What was held back as a possible tag, when the stream ends (an unclosed think block is dropped). */
	end(): string {
		const rest = this.#thinking ? "" : this.#held;
		this.#held = "";
		return this.#trimStart(rest);
	}

	/** Drops the blank space a model leaves between its reasoning and its answer, at the very start. */
	#trimStart(text: string): string {
		if (this.#started) return text;
		const trimmed = text.replace(/^\s+/, "");
		if (trimmed !== "") this.#started = true;
		return trimmed;
	}
}

/**
 * How many characters at the end of `text` could begin `tag`: both tags hold one "<", at their start, so only the
 * text from the last "<" on can be the start of one.
 */
function partialTagLength(text: string, tag: string): number {
	const at = text.lastIndexOf("<");
	return at !== -1 && tag.startsWith(text.slice(at)) ? text.length - at : 0;
}
