/** Turns bytes that arrive in arbitrary pieces into whole lines of text, for both streaming wire formats. */

/**
 * Decodes UTF-8 with a streaming decoder (a character split across pieces comes out whole) and splits at LF, CR or
 * CRLF, even when a CRLF is itself split across pieces. See `createSseParser`, `createNdjsonParser`.
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
		const lines: string[] = [];
		let start = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 10 && this.#afterCr && i === start) {
				this.#afterCr = false;
				start = i + 1;
				continue;
			}
			this.#afterCr = false;
			if (code !== 10 && code !== 13) continue;
			lines.push(this.#partial + text.slice(start, i));
			this.#partial = "";
			this.#afterCr = code === 13;
			start = i + 1;
		}
		if (text.length > 0 && start < text.length) {
			this.#partial += text.slice(start);
			this.#afterCr = false;
		}
		return lines;
	}
}
