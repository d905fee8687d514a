import { basename, noteMeta } from "../../../src/core/host/note-meta";

describe("noteMeta", () => {
	it("reads front matter values and lists", () => {
		const meta = noteMeta("Tools/BMC.md", '---\ntype: tool\nsummary: "Nine blocks"\naliases:\n  - BMC\n---\n# Business Model Canvas\n');
		expect(meta).toEqual({
			path: "Tools/BMC.md",
			basename: "BMC",
			frontmatter: { type: "tool", summary: "Nine blocks", aliases: ["BMC"] },
			tags: [],
		});
	});

	it("finds tags in the body and in front matter, without the #, once each", () => {
		const meta = noteMeta("a.md", "---\ntags: [Strategy, profile]\n---\n# #profile Name - Sales strategy\nSee #pricing/b2b and #profile again.\n");
		expect(meta.tags.sort()).toEqual(["pricing/b2b", "profile", "strategy"]);
	});

	it("takes no headings, numbers, mid-word hashes or fenced code for tags", () => {
		const meta = noteMeta("a.md", "## Keys\nIssue #42 and C#sharp\n```\n#notatag\n```\n~~~\n#nor\n~~~\n#real\r\n");
		expect(meta.tags).toEqual(["real"]);
	});

	it("reads Logseq page properties like front matter", () => {
		expect(noteMeta("pages/profile___pricing.md", "type:: profile\n- ## Definition\n").frontmatter).toEqual({ type: "profile" });
	});

	it("survives an unclosed front matter block, binary noise and an empty note", () => {
		expect(noteMeta("a.md", "---\ntype: tool\n# never closed #oops").tags).toEqual(["oops"]);
		expect(noteMeta("b.md", "\u0000\uFFFD#x\u0000").basename).toBe("b");
		expect(noteMeta("c.md", "")).toEqual({ path: "c.md", basename: "c", frontmatter: {}, tags: [] });
	});
});

describe("basename", () => {
	it("drops the folder and the .md extension of a path or link target, whatever the extension's case", () => {
		expect(basename("Tools/Business Model Canvas.md")).toBe("Business Model Canvas");
		expect(basename("Ansoff Matrix")).toBe("Ansoff Matrix");
		expect(basename("Notes/Deep/Plan.MD")).toBe("Plan");
		expect(basename("Files/scan.pdf")).toBe("scan.pdf");
	});
});
