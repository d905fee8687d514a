/**
 * Sends a draft request and feeds the answer, as it streams, to a parser. Host-neutral (no `obsidian` import), no Node or Electron
 * API: the same transport runs in Obsidian (desktop and mobile) and in the playground.
 */
import type { DraftRequest } from "../../core/drafting/draft-request";
import { httpFailure } from "../../core/drafting/http-failure";
import type { DraftEvent, DraftPort } from "../../core/drafting/draft-session";
import { createStreamParser, type WireFormat } from "../../core/drafting/stream-parser";

/** The part of `fetch` the transport uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A request that returns the whole answer at once, as Obsidian's `requestUrl` does (it cannot stream or be aborted). */
export type BufferedRequest = (request: { url: string; method: string; headers: Record<string, string>; body: string }) => Promise<{ status: number; text: string }>;

/** What the transport reads of an answer: a fetch `Response`, or the fallback's whole answer in the same shape. */
type Answer = Pick<Response, "status" | "body" | "text">;

/**
 * The one place innCoPilot calls `fetch`. Obsidian's guidelines prefer `requestUrl`, but `requestUrl` cannot stream an
 * answer or be stopped, so drafting uses the window's `fetch`, with an AbortController, only for the endpoint the user
 * configured and only when they press Draft. See "Network use" in the README.
 */
export const windowFetch: FetchLike = (url, init) => window.fetch(url, init);

/** Streams drafts; remembers, per endpoint, when only the all-at-once fallback gets through. */
export class DraftTransport implements DraftPort {
	readonly #buffered = new Set<string>();
	readonly #fetch: FetchLike;
	readonly #bufferedRequest: BufferedRequest | null;

	/** `fetch` streams; `bufferedRequest` (Obsidian's `requestUrl`) is the fallback where `fetch` cannot get through. */
	constructor(fetch: FetchLike, bufferedRequest: BufferedRequest | null) {
		this.#fetch = fetch;
		this.#bufferedRequest = bufferedRequest;
	}

	/**
	 * Sends `request` and reports each event to `onEvent`; the last one is `end` or `failure`, unless `signal` was
	 * aborted (Stop), after which nothing more is reported. Never throws.
	 */
	async send(request: DraftRequest, signal: AbortSignal, onEvent: (event: DraftEvent) => void): Promise<void> {
		const report = (event: DraftEvent) => {
			if (!signal.aborted) onEvent(event);
		};
		const answer = await this.#answer(request, signal, report);
		if (answer === null) return;
		if (answer.status < 200 || answer.status > 299) report({ kind: "failure", failure: httpFailure(answer.status, await answer.text().catch(() => "")) });
		else await readStream(request.format, answer.body, signal, report);
	}

	/**
	 * The answer to `request`: streamed by `fetch`, or all at once by the fallback once `fetch` could not get through to
	 * its endpoint (a fallback that cannot get through either is forgotten). Null when a failure was reported instead.
	 */
	async #answer(request: DraftRequest, signal: AbortSignal, report: (event: DraftEvent) => void): Promise<Answer | null> {
		// `draftRequest` built the URL from an address it checked, so it parses.
		const endpoint = new URL(request.url).origin;
		const post = { method: "POST", headers: { ...request.headers }, body: request.body };
		const buffered = this.#bufferedRequest;
		if (buffered === null || !this.#buffered.has(endpoint)) {
			try {
				return await this.#call(request.url, { ...post, signal });
			} catch {
				if (signal.aborted) return null;
				if (buffered === null) {
					report({ kind: "failure", failure: { kind: (await this.#reachable(endpoint, signal)) ? "cross-origin" : "refused" } });
					return null;
				}
				this.#buffered.add(endpoint);
			}
		}
		report({ kind: "all-at-once" });
		try {
			const { status, text } = await buffered({ url: request.url, ...post });
			return { status, body: new Response(text).body, text: () => Promise.resolve(text) };
		} catch {
			this.#buffered.delete(endpoint);
			report({ kind: "failure", failure: { kind: "refused" } });
			return null;
		}
	}

	/** The one call of `fetch`; the stream, and the probe that tells a cross-origin block from a server that is not there. */
	#call(url: string, init: RequestInit): Promise<Response> {
		return this.#fetch(url, { ...init, credentials: "omit", referrerPolicy: "no-referrer" });
	}

	/** True when something answers at `endpoint` at all (an opaque answer is enough: only cross-origin rules stopped the request). */
	async #reachable(endpoint: string, signal: AbortSignal): Promise<boolean> {
		try {
			await this.#call(endpoint, { method: "GET", mode: "no-cors", signal });
			return true;
		} catch {
			return false;
		}
	}
}

/** Feeds `body` (streamed, or the fallback's whole answer) to the parser piece by piece; a dropped connection ends the parse (incomplete, unless it had finished). */
async function readStream(format: WireFormat, body: ReadableStream<Uint8Array> | null, signal: AbortSignal, report: (event: DraftEvent) => void): Promise<void> {
	const parser = createStreamParser(format);
	const reader = body?.getReader();
	if (reader !== undefined) {
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				for (const event of parser.push(value)) report(event);
			}
		} catch {
			if (signal.aborted) return;
		}
	}
	for (const event of parser.end()) report(event);
}
