/** What the tests can script: the bytes, how they are cut and paced, the status, and the cross-origin answer. */
export interface Scenario {
	/** HTTP status, 200 unless given. */
	status?: number;
	/** The answer's bytes; an array of strings is sent piece by piece as given. */
	body?: string | Uint8Array | string[];
	contentType?: string;
	/** The size of each piece written, "every-byte" for one byte at a time; the whole body at once unless given. */
	pieces?: number | "every-byte";
	/** A pause after each piece, for a slow drip. */
	delayMs?: number;
	/** False: no Access-Control-Allow-Origin, on the preflight and on the answer. */
	cors?: boolean;
	/** True: the connection is dropped after the body instead of ending the response. */
	cut?: boolean;
}

/** A request the server received. */
export interface RecordedRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	/** When each piece of the answer was written, in epoch milliseconds. */
	sentAt: number[];
}

/** The running server and its controls. */
export interface Loopback {
	url: string;
	requests: RecordedRequest[];
	next(scenario: Scenario): void;
	always(scenario: Scenario): void;
	reset(): void;
	close(): Promise<void>;
}

/** Starts a scripted model server on 127.0.0.1 at a free port. */
export function startLoopback(): Promise<Loopback>;
