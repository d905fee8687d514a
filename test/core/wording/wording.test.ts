import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cardActions } from "../../../src/core/drafting/draft-card";
import { DRAFTING_ROWS } from "../../../src/core/drafting/drafting-setting-rows";
import { addressText, endpointLocality, type Locality } from "../../../src/core/drafting/endpoint-locality";
import { failureMessage } from "../../../src/core/drafting/failure-message";
import { PROVIDERS } from "../../../src/core/drafting/providers";
import type { DraftFailure } from "../../../src/core/drafting/stream-event";
import { SETTING_GROUPS } from "../../../src/core/settings-rows";
import { words } from "../../../src/core/wording/wording";

const ROOT = join(__dirname, "..", "..", "..");
const FOLDER = join(ROOT, "src", "core", "wording");

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : [];
	});
}

const SOURCE = sourceFiles(join(ROOT, "src"))
	.map((path) => readFileSync(path, "utf8"))
	.join("\n");
const KEYS = readdirSync(FOLDER)
	.filter((name) => name.endsWith(".txt"))
	.flatMap((name) => readFileSync(join(FOLDER, name), "utf8").split("\n").filter((line) => line !== ""))
	.map((line) => line.slice(0, line.indexOf(": ")));

/** Every way a draft can fail, one of each (TypeScript checks that none is missing). */
const FAILURES: Record<DraftFailure["kind"], DraftFailure> = {
	unauthorized: { kind: "unauthorized", status: 401 },
	"not-found": { kind: "not-found" },
	"rate-limited": { kind: "rate-limited" },
	server: { kind: "server", status: 502, message: "" },
	http: { kind: "http", status: 418, message: "teapot" },
	refused: { kind: "refused" },
	"cross-origin": { kind: "cross-origin" },
	incomplete: { kind: "incomplete" },
	model: { kind: "model", message: "out of memory" },
	unreadable: { kind: "unreadable" },
};

describe("the wording", () => {
	it("fills each slot with its value, once, and leaves a slot it has no value for as written", () => {
		expect(words("failure-refused", { server: "{base}", base: "http://x" })).toBe("Could not connect. Is {base} running at http://x?");
		expect(words("failure-refused", { base: "http://x" })).toBe("Could not connect. Is {server} running at http://x?");
	});

	it("writes every line as `key: text`, each key once", () => {
		expect(KEYS.every((key) => /^[a-z][\w-]*$/i.test(key))).toBe(true);
		expect(new Set(KEYS).size).toBe(KEYS.length);
	});

	it("has a text for every key the source names", () => {
		const named = [...SOURCE.matchAll(/\bwords\("([^"]+)"/g)].map((match) => match[1]);
		expect(named.length).toBeGreaterThan(10);
		expect(named.filter((key) => !KEYS.includes(key))).toEqual([]);
	});

	it("has a text for every member of each family the source names by a computed key", () => {
		for (const failure of Object.values(FAILURES)) expect(failureMessage(failure, { provider: "ollama", baseUrl: "http://127.0.0.1:11434", model: "m" })).not.toMatch(/^failure-|\{\w+\}/);
		for (const provider of PROVIDERS) expect(KEYS).toContain(`cors-${provider.id}`);
		const addresses: [string, Locality][] = [["http://127.0.0.1:11434", "this-machine"], ["http://192.168.1.5:1234/v1", "local-network"], ["https://api.openai.com/v1", "remote"], ["ftp://x", "invalid"]];
		for (const [address, locality] of addresses) {
			expect(endpointLocality(address)).toBe(locality);
			expect(addressText(address)).not.toMatch(/^locality-/);
		}
		for (const action of cardActions({ phase: "done", text: "x", notes: [] })) expect(KEYS).toContain(`hint-${action}`);
		expect(KEYS).toContain("hint-stop");
		for (const state of ["listed", "answered", "asked", "missing"]) expect(KEYS).toContain(`question-${state}`);
		for (const row of SETTING_GROUPS.flatMap((group) => group.rows)) expect(row.desc).not.toMatch(/^setting-/);
		for (const row of DRAFTING_ROWS.filter((each) => each.key !== "baseUrl" && each.key !== "apiKey")) expect(KEYS).toContain(`row-${row.key}`);
	});

	it("holds no text that nothing says", () => {
		const families = [...SOURCE.matchAll(/\bwords\(`([\w-]+-)\$\{/g)].map((match) => match[1]);
		const unused = KEYS.filter((key) => !SOURCE.includes(`"${key}"`) && !families.some((prefix) => key.startsWith(prefix)));
		expect(unused).toEqual([]);
	});
});
