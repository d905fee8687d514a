/** Turns bytes that arrive in arbitrary pieces into whole lines of text, for both streaming wire formats. */

/**
 * Decodes UTF-8 with a streaming decoder (a character split across pieces comes out whole) and splits at LF, CR or
 * CRLF, even when a CRLF is itself split across pieces. See `createStreamParser`.
 */
export class LineSplitter {
	readonly #decoder = new TextDecoder("utf-8");
	#partial = "";
	#afterCr = false;

	/** The lines completed by `bytes`, without their line endings. */
	push(bytes: Uint8Array): string[] {
		return this.#split(this.#decoder.decode(bytes, { stream: true }));
	}

	/** The last line, when the stream ended without a line ending after it. */
	end(): string[] {
		const lines = this.#split(this.#decoder.decode());
		if (this.#partial !== "") lines.push(this.#partial);
		this.#partial = "";
		return lines;
	}

	#split(text: string): string[] {
		if (text === "") return [];
		// Only the new text is split, so a long line arriving in many pieces costs linear time; a CRLF split across
		// pieces leaves its LF at the start of the next piece, where it ends no second line.
		const lines = (this.#afterCr && text.startsWith("\n") ? text.slice(1) : text).split(/\r\n|\r|\n/);
		this.#afterCr = text.endsWith("\r");
		lines[0] = this.#partial + lines[0];
		this.#partial = lines.pop() ?? "";
		return lines;
	}
}
