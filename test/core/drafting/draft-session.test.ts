import { cardActions, IDLE_CARD } from "../../../src/core/drafting/draft-card";
import { DraftSession, type DraftEvent, type DraftPort, type DraftTarget } from "../../../src/core/drafting/draft-session";
import type { DraftRequest } from "../../../src/core/drafting/draft-request";
import { DEFAULT_DRAFTING, type DraftingSettings } from "../../../src/core/drafting/drafting-settings";
import { words } from "../../../src/core/wording/wording";
import { emptyProfile } from "../../../src/core/profile/profile";

/** A port whose streams the test plays by hand: each `send` waits until the test feeds and closes it. */
class ScriptedPort implements DraftPort {
	readonly sent: DraftRequest[] = [];
	readonly streams: { emit: (event: DraftEvent) => void; close: () => void; signal: AbortSignal }[] = [];
	send(request: DraftRequest, signal: AbortSignal, onEvent: (event: DraftEvent) => void): Promise<void> {
		this.sent.push(request);
		return new Promise((resolve) => {
			const stream = { emit: (event: DraftEvent) => !signal.aborted && onEvent(event), close: resolve, signal };
			signal.addEventListener("abort", () => resolve());
			this.streams.push(stream);
		});
	}
	/** The stream opened last. */
	get last() {
		const stream = this.streams[this.streams.length - 1];
		if (stream === undefined) throw new Error("no stream");
		return stream;
	}
	/** Plays `events` into the last stream and ends it. */
	play(...events: DraftEvent[]): void {
		const stream = this.last;
		for (const event of events) stream.emit(event);
		stream.close();
	}
}

const ON: DraftingSettings = { ...DEFAULT_DRAFTING, enabled: true, model: "m" };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(settings: DraftingSettings = ON) {
	const port = new ScriptedPort();
	const changed: string[] = [];
	const session = new DraftSession(port, () => ({ settings, apiKey: null }), (id) => changed.push(id));
	const target = (id: string, question = `Question ${id}?`): DraftTarget => ({ id, input: () => ({ profile: emptyProfile("Pricing"), question, noteText: "A café.", noteName: "Café" }) });
	return { port, session, changed, target };
}

describe("the draft card", () => {
	it("goes from idle to streaming to done, offers what each state allows, and takes no text once done", async () => {
		const { port, session, target } = setUp();
		expect(cardActions(session.card("a"))).toEqual([]);
		void session.draft(target("a"));
		await tick();
		expect(cardActions(session.card("a"))).toEqual(["stop"]);
		port.last.emit({ kind: "text", text: "Sell " });
		port.last.emit({ kind: "text", text: "direct." });
		port.last.emit({ kind: "end", finish: "stop" });
		const card = session.card("a");
		expect(card).toEqual({ phase: "done", text: "Sell direct.", notes: [] });
		expect(cardActions(card)).toEqual(["accept", "regenerate", "discard"]);
		port.last.emit({ kind: "text", text: "late" });
		expect(session.card("a")).toBe(card);
	});

	it("offers no Accept on a card that failed before any text came", async () => {
		const { port, session, target } = setUp();
		void session.draft(target("a"));
		await tick();
		port.play({ kind: "failure", failure: { kind: "refused" } });
		expect(session.card("a")).toMatchObject({ phase: "error", text: "" });
		expect(cardActions(session.card("a"))).toEqual(["regenerate", "discard"]);
	});
});

describe("the draft session", () => {
	it("streams text into the question's card and finishes it", async () => {
		const { port, session, target } = setUp();
		const done = session.draft(target("a"));
		await tick();
		port.last.emit({ kind: "text", text: "Sell " });
		expect(session.card("a")).toMatchObject({ phase: "streaming", text: "Sell " });
		port.play({ kind: "text", text: "direct." }, { kind: "end", finish: "stop" });
		await done;
		expect(session.card("a")).toEqual({ phase: "done", text: "Sell direct.", notes: [] });
		expect(session.accepted("a")).toBe("Sell direct.");
	});

	it("keeps what arrived when stopped, ignores the rest, and regenerates with the same question", async () => {
		const { port, session, target } = setUp();
		void session.draft(target("a", "Who pays?"));
		await tick();
		port.last.emit({ kind: "text", text: "Half" });
		session.stop("a");
		expect(port.last.signal.aborted).toBe(true);
		port.last.emit({ kind: "text", text: " more" });
		expect(session.card("a")).toEqual({ phase: "stopped", text: "Half", notes: [] });
		void session.regenerate("a");
		await tick();
		expect(session.card("a")).toMatchObject({ phase: "streaming", text: "" });
		expect(port.sent).toHaveLength(2);
		expect(port.sent[1].body).toContain("Who pays?");
	});

	it("discards a card without a trace", async () => {
		const { port, session, target } = setUp();
		const done = session.draft(target("a"));
		await tick();
		port.play({ kind: "text", text: "x" }, { kind: "end", finish: "stop" });
		await done;
		session.discard("a");
		expect(session.card("a")).toBe(IDLE_CARD);
		expect(session.accepted("a")).toBeNull();
	});

	it("puts failures, the length limit and the all-at-once fallback into the card's words", async () => {
		const { port, session, target } = setUp();
		let done = session.draft(target("a"));
		await tick();
		port.play({ kind: "failure", failure: { kind: "refused" } });
		await done;
		expect(session.card("a")).toMatchObject({ phase: "error", message: "Could not connect. Is Ollama running at http://127.0.0.1:11434?" });
		done = session.draft(target("b"));
		await tick();
		port.play({ kind: "all-at-once" }, { kind: "text", text: "Cut" }, { kind: "end", finish: "length" });
		await done;
		expect(session.card("b")).toMatchObject({ phase: "done", notes: [words("note-all-at-once"), words("note-length")] });
	});

	it("calls a stream that ended without a word of how incomplete, offering to keep it", async () => {
		const { port, session, target } = setUp();
		const done = session.draft(target("a"));
		await tick();
		port.play({ kind: "text", text: "Partial" });
		await done;
		expect(session.card("a")).toMatchObject({ phase: "error", text: "Partial", message: "The answer ended before it was finished (incomplete): keep it or regenerate." });
		expect(cardActions(session.card("a"))).toEqual(["accept", "regenerate", "discard"]);
	});

	it("sends nothing while drafting is off, and says so in the card", async () => {
		const { port, session, target } = setUp({ ...ON, enabled: false });
		await session.draft(target("a"));
		expect(port.sent).toEqual([]);
		expect(session.card("a")).toMatchObject({ phase: "error", message: "Drafting is off. Turn it on in the drafting settings." });
	});

	it("drafts unanswered questions one after another, and Stop ends the run", async () => {
		const { port, session, target } = setUp();
		const all = session.draftAll([target("a"), target("b"), target("c")]);
		await tick();
		expect(port.sent).toHaveLength(1);
		expect(session.card("b")).toBe(IDLE_CARD);
		port.play({ kind: "text", text: "A." }, { kind: "end", finish: "stop" });
		await tick();
		await tick();
		expect(port.sent).toHaveLength(2);
		expect(session.card("b").phase).toBe("streaming");
		session.stop("b");
		await all;
		expect(port.sent).toHaveLength(2);
		expect(session.card("c")).toBe(IDLE_CARD);
	});

	it("stops every stream and the rest of a Draft unanswered run when the sidebar closes", async () => {
		const { port, session, target } = setUp();
		const all = session.draftAll([target("a"), target("b")]);
		void session.draft(target("x"));
		await tick();
		port.streams.forEach((stream) => stream.emit({ kind: "text", text: "Some" }));
		session.stopAll();
		await all;
		await tick();
		expect(port.sent).toHaveLength(2);
		expect([session.card("a"), session.card("x")]).toEqual([0, 1].map(() => ({ phase: "stopped", text: "Some", notes: [] })));
		expect(session.card("b")).toBe(IDLE_CARD);
	});
});
