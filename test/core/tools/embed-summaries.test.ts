import fc from "fast-check";
import { bundledTools } from "../../../src/core/library/tools";
import { parseProfile } from "../../../src/core/profile/parse";
import { applyChanges } from "../../../src/core/text/text-change";
import { embedNotice, embedToolSummaries, type EmbedEdit } from "../../../src/core/tools/embed-summaries";
import { resolveToolLink } from "../../../src/core/tools/resolve-tool-link";
import { ToolCatalog } from "../../../src/core/tools/tool-catalog";
import { fixture } from "../../support/fixtures";

function setUp(vault: Record<string, string> = {}) {
	const catalog = new ToolCatalog(bundledTools, { toolsFolder: () => "Tools" });
	for (const [path, text] of Object.entries(vault)) catalog.update(path, text);
	return (text: string, replace = false): EmbedEdit => {
		const result = embedToolSummaries(text, (target, annotations) => resolveToolLink(catalog, target, { annotations }), { replace });
		if (!result.ok) throw new Error(result.error);
		return result.value;
	};
}

const VENTURE = ["# Exotic Pet Rental", "", "## Tools", "- [[Ansoff Matrix]]", "- [[Customer Persona]]: Who rents a tortoise.", "- [[Sales strategy]]", "", "## Notes", "- [[Ansoff Matrix]]", ""].join("\n");

describe("embedToolSummaries", () => {
	it("writes the library summary under each bare tool link of the Tools section only, and leaves the note's own summaries alone", () => {
		const embed = setUp();
		const edit = embed(VENTURE);
		expect(edit).toMatchObject({ added: 1, replaced: 0, unknown: 1, kept: [] });
		const after = applyChanges(VENTURE, edit.changes).split("\n");
		expect(after.slice(2, 7)).toEqual([
			"## Tools",
			"- [[Ansoff Matrix]]",
			`  - ${bundledTools().find((tool) => tool.name === "Ansoff Matrix")?.summary}`,
			"- [[Customer Persona]]: Who rents a tortoise.",
			"- [[Sales strategy]]",
		]);
		expect(after.slice(8)).toEqual(["## Notes", "- [[Ansoff Matrix]]", ""]);
	});

	it("changes nothing the second time", () => {
		const embed = setUp();
		const once = applyChanges(VENTURE, embed(VENTURE).changes);
		expect(embed(once)).toEqual({ changes: [], added: 0, replaced: 0, current: 2, unknown: 1, kept: [] });
	});

	it("keeps what the user wrote under a link even when the vault's tool note says something else, and says so", () => {
		const note = ["## Tools", "- [[Ansoff Matrix]]", "\t- Old words", "\t  on two lines.", "\t- A second bullet the user wrote.", "- [[BMC]]"].join("\n");
		const embed = setUp({ "Tools/Ansoff Matrix.md": "---\nsummary: New words.\n---\n" });
		const edit = embed(note);
		expect(edit).toMatchObject({ added: 1, replaced: 0, kept: ["Ansoff Matrix"] });
		const after = applyChanges(note, edit.changes).split("\n");
		expect(after.slice(0, 6)).toEqual(note.split("\n"));
		expect(after[6]).toMatch(/^\t- A one-page chart of how a business creates/);
		expect(embedNotice(edit)).toBe("Embedded 1 summary; kept 1 that you wrote.");
	});

	it("replaces what the user wrote only when asked, rather than adding a second summary", () => {
		const note = ["## Tools", "- [[Ansoff Matrix]]", "\t- Old words", "\t  on two lines.", "\t- A second bullet the user wrote.", "- [[BMC]]"].join("\n");
		const embed = setUp({ "Tools/Ansoff Matrix.md": "---\nsummary: New words.\n---\n" });
		const edit = embed(note, true);
		expect(edit).toMatchObject({ added: 1, replaced: 1, kept: [] });
		const after = applyChanges(note, edit.changes).split("\n");
		expect(after.slice(0, 5)).toEqual(["## Tools", "- [[Ansoff Matrix]]", "\t- New words.", "\t- A second bullet the user wrote.", "- [[BMC]]"]);
		expect(embed(after.join("\n"), true).changes).toEqual([]);
	});

	it("leaves the untouched Sales strategy page's own notes alone, whatever tool notes the vault has (issue 13, item 1)", () => {
		const seed = fixture("logseq-seed-sales-strategy.md");
		expect(setUp()(seed).changes).toEqual([]);
		const vault = {
			"Tools/Business Model Canvas.md": "---\ntype: tool\nsummary: Nine blocks on one page.\n---\n",
			"Tools/Value Proposition Canvas.md": "---\ntype: tool\nsummary: Jobs, pains and gains.\n---\n",
			"Tools/Customer Journey Map.md": "---\ntype: tool\nsummary: Every touchpoint.\n---\n",
		};
		const edit = setUp(vault)(seed);
		expect(edit).toMatchObject({ changes: [], added: 0, replaced: 0, kept: ["Business Model Canvas", "Value Proposition Canvas", "Customer Journey Map"] });
		expect(embedNotice(edit)).toBe("Kept the 3 summaries that you wrote (Business Model Canvas, Value Proposition Canvas, Customer Journey Map); nothing was embedded.");
	});

	it("replaces the Logseq seed's annotation on request, keeping its bullets and emoji heading", () => {
		const seed = fixture("logseq-seed-sales-strategy.md");
		const embed = setUp({ "Tools/Business Model Canvas.md": "---\ntype: tool\nsummary: Nine blocks on one page.\n---\n" });
		const edit = embed(seed, true);
		expect(edit).toMatchObject({ added: 0, replaced: 1, unknown: 0 });
		const after = applyChanges(seed, edit.changes);
		expect(after).toContain("  - [[Business Model Canvas]]\n    - Nine blocks on one page.\n  - [[Value Proposition Canvas]]");
		const tools = parseProfile(after).tools;
		expect(tools.map((tool) => tool.name)).toEqual(parseProfile(seed).tools.map((tool) => tool.name));
		expect(tools[0].summary).toBe("Nine blocks on one page.");
		expect(after.replace("Nine blocks on one page.", "")).toBe(seed.replace(/ {4}- In the Business Model Canvas[^\n]*/, "    - "));
	});

	it("keeps CRLF line ends in what it writes", () => {
		const note = "## Tools\r\n- [[Ansoff Matrix]]\r\n- [[BMC]]\r\n";
		const after = applyChanges(note, setUp()(note).changes);
		expect(after.split("\r\n")).toHaveLength(6);
		expect(after.replace(/\r\n/g, "")).not.toContain("\n");
		expect(setUp()(after).changes).toEqual([]);
	});

	it("writes a multi-paragraph summary as one nested bullet that a second run recognises", () => {
		const embed = setUp({ "Tools/Grid.md": "---\ntype: tool\nsummary: |\n  First paragraph.\n\n  Second paragraph.\n---\n" });
		const note = "## Tools\n- [[Grid]]\n- [[Other]]";
		const after = applyChanges(note, embed(note).changes);
		expect(after).toBe("## Tools\n- [[Grid]]\n  - First paragraph.\n    \n    Second paragraph.\n- [[Other]]");
		expect(embed(after).changes).toEqual([]);
	});

	it("says why when the note has no Tools section, and changes nothing", () => {
		const result = embedToolSummaries("# Venture\n[[Ansoff Matrix]]", () => null);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/no tools section/i);
	});

	it("is idempotent and touches only the Tools section, whatever the section holds", () => {
		const names = ["Ansoff Matrix", "BMC", "Porter’s Five Forces", "Unknown tool", "Grid"];
		const item = fc.record({
			name: fc.constantFrom(...names),
			label: fc.boolean(),
			own: fc.option(fc.constantFrom("Our words.", "Two\nlines."), { nil: undefined }),
			indent: fc.constantFrom("  ", "\t", "    "),
		});
		const embed = setUp({ "Tools/Grid.md": "---\ntype: tool\nsummary: A grid.\n---\n" });
		fc.assert(
			fc.property(fc.array(item, { maxLength: 8 }), fc.boolean(), (items, crlf) => {
				const lines = ["# P", "[[Ansoff Matrix]] outside", "## Tools"];
				for (const { name, label, own, indent } of items) {
					lines.push(`- [[${name}${label ? "|it" : ""}]]`);
					if (own) lines.push(...own.split("\n").map((line, i) => `${indent}${i === 0 ? "- " : "  "}${line}`));
				}
				lines.push("## Topics", "- [[BMC]]");
				const text = lines.join(crlf ? "\r\n" : "\n");
				const once = applyChanges(text, embed(text).changes);
				expect(embed(once).changes).toEqual([]);
				const before = text.split(/\r?\n/);
				const after = once.split(/\r?\n/);
				expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
				expect(after.slice(-2)).toEqual(before.slice(-2));
				expect(after.filter((line) => line.startsWith("- "))).toEqual(before.filter((line) => line.startsWith("- ")));
			}),
		);
	});
});

describe("embedNotice", () => {
	const edit = (counts: Partial<EmbedEdit>): EmbedEdit => ({ changes: [], added: 0, replaced: 0, current: 0, unknown: 0, kept: [], ...counts });
	const change = { from: 0, to: 0, insert: "x" };

	it("says what it embedded and what it kept, in words", () => {
		expect(embedNotice(edit({ changes: [change], added: 1 }))).toBe("Embedded 1 summary.");
		expect(embedNotice(edit({ changes: [change, change], added: 2, kept: ["A", "B", "C"], current: 4 }))).toBe("Embedded 2 summaries; kept 3 that you wrote.");
		expect(embedNotice(edit({ changes: [change, change], replaced: 2 }))).toBe("Replaced 2 summaries that you wrote.");
		expect(embedNotice(edit({ kept: ["A"] }))).toBe("Kept the summary that you wrote (A); nothing was embedded.");
	});

	it("says why nothing was written: all written already, no known tool, or no tool links", () => {
		expect(embedNotice(edit({ current: 2, unknown: 1 }))).toBe("Every tool in the tools section already has its summary written under it.");
		expect(embedNotice(edit({ unknown: 3 }))).toBe("No link in the tools section names a tool with a summary.");
		expect(embedNotice(edit({}))).toBe("The tools section has no tool links.");
	});

	it("speaks of what a real run did", () => {
		const embed = setUp();
		const first = embed(VENTURE);
		expect(embedNotice(first)).toBe("Embedded 1 summary.");
		expect(embedNotice(embed(applyChanges(VENTURE, first.changes)))).toBe("Every tool in the tools section already has its summary written under it.");
	});
});
