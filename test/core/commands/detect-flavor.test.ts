import { detectVaultFlavor, noteFlavor } from "../../../src/core/commands/detect-flavor";
import { fixture } from "../../support/fixtures";

describe("detectVaultFlavor", () => {
	it("sees a Logseq graph by its config file, whatever the notes look like", () => {
		expect(detectVaultFlavor({ paths: ["logseq/config.edn", "pages/a.md"], notes: [] })).toBe("logseq");
		expect(detectVaultFlavor({ paths: ["graph/logseq/config.edn"], notes: [{ path: "a.md", text: "# Heading\n\nText." }] })).toBe("logseq");
	});

	it("goes with the flavour most sampled notes are written in", () => {
		const logseq = [fixture("logseq-seed-sales-strategy.md"), fixture("logseq-venture-page-properties.md"), "- one\n- two\n  - three"];
		const obsidian = [fixture("obsidian-channel-strategy-crlf.md")];
		const notes = (texts: string[]) => texts.map((text, index) => ({ path: `n${index}.md`, text }));
		expect(detectVaultFlavor({ paths: [], notes: notes([...logseq, ...obsidian]) })).toBe("logseq");
		expect(detectVaultFlavor({ paths: [], notes: notes([...obsidian, ...obsidian, logseq[0]]) })).toBe("obsidian");
	});

	it("falls back to Obsidian for an empty vault or a tie", () => {
		expect(detectVaultFlavor({ paths: [], notes: [] })).toBe("obsidian");
		expect(detectVaultFlavor({ paths: [], notes: [{ path: "a", text: "- a\n- b" }, { path: "b", text: "# A\nText" }] })).toBe("obsidian");
	});
});

describe("noteFlavor", () => {
	it.each([
		{ scenario: "the Logseq seed", text: fixture("logseq-seed-sales-strategy.md"), flavor: "logseq" },
		{ scenario: "Logseq page properties", text: "title:: x\n\nAnything", flavor: "logseq" },
		{ scenario: "an outline with nested lines", text: "- a\n  continued\n\t- b\n- c", flavor: "logseq" },
		{ scenario: "front matter", text: "---\na: 1\n---\n- list", flavor: "obsidian" },
		{ scenario: "front matter never closed", text: "---\na: 1\n- list\n- more", flavor: "obsidian" },
		{ scenario: "paragraphs and headings", text: "# Title\n\nSome prose.\n\n## More", flavor: "obsidian" },
		{ scenario: "an empty note", text: "\n\n", flavor: null },
		{ scenario: "a single bullet", text: "- one\n  more", flavor: null },
	])("reads $scenario as $flavor", ({ text, flavor }) => {
		expect(noteFlavor(text)).toBe(flavor);
	});
});
