import { GraphPages } from "../../../src/core/graph/graph-pages";
import { detectGraphFolder, graphFolderSource, inFolder, isLogseqConfig, parentFolder, withoutSlashes } from "../../../src/core/graph/graph-folder";

describe("finding the graph in a vault", () => {
	it("takes the folder above logseq/config.edn, the shallowest one first", () => {
		expect(detectGraphFolder(["Notes/a.md", "work/graph/logseq/config.edn", "work/graph/pages/x.md", "old/logseq/config.edn"])).toBe("old");
		expect(detectGraphFolder(["logseq/config.edn", "pages/a.md"])).toBe("");
	});

	it("falls back to where innBoK-named pages are, above their pages folder", () => {
		const paths = ["Ventures/A.md", "kb/pages/profile-(id)___pricing_info.md", "kb/pages/profile-(id)___pricing___Cost.md", "misc/profile-(id)___x.md"];
		expect(detectGraphFolder(paths)).toBe("kb");
	});

	it("finds nothing in a vault without a graph", () => {
		expect(detectGraphFolder(["Profiles/Sales strategy.md", "Tools/Business Model Canvas.md", "profile___pricing.md"])).toBeNull();
		expect(detectGraphFolder([])).toBeNull();
	});

	it("takes only a folder named logseq for the configuration, not one whose name merely ends so", () => {
		expect(detectGraphFolder(["notes/mylogseq/config.edn", "kb/pages/profile-(id)___pricing.md"])).toBe("kb");
	});

	it("knows a Logseq configuration at the root or in a folder, and nothing that merely ends like one", () => {
		expect(["logseq/config.edn", "kb/logseq/config.edn", "mylogseq/config.edn", "kb/logseq/config.edn.bak"].map(isLogseqConfig)).toEqual([true, true, false, false]);
	});

	it("tells which notes lie inside the folder", () => {
		expect(inFolder("graph/pages/a.md", "graph")).toBe(true);
		expect(inFolder("graphs/a.md", "graph")).toBe(false);
		expect(inFolder("anything.md", "")).toBe(true);
		expect(inFolder("graph", "graph")).toBe(false);
	});

	it("takes the notes of a folder set with slashes around it, and every note for /", () => {
		let setting = " /graph/ ";
		const graph = new GraphPages(graphFolderSource(() => setting, () => []));
		const note = (path: string) => ({ path, basename: "a", frontmatter: {}, tags: [] });
		expect(graph.wants(note("graph/pages/a.md"))).toBe(true);
		expect(graph.wants(note("graphs/a.md"))).toBe(false);
		setting = "/";
		expect(graph.wants(note("anything.md"))).toBe(true);
	});
});

describe("the graph folder setting", () => {
	it("detects the folder when empty, takes a named one as it is, and / for the whole vault; lists the vault once per value", () => {
		let setting = "";
		let listed = 0;
		const folder = graphFolderSource(
			() => setting,
			() => {
				listed++;
				return ["kb/logseq/config.edn", "kb/pages/a.md"];
			},
		);
		expect(folder()).toBe("kb");
		expect(folder()).toBe("kb");
		expect(listed).toBe(1);
		setting = " /Work/graph/ ";
		expect(folder()).toBe("Work/graph");
		setting = "/";
		expect(folder()).toBe("");
	});
});

describe("a folder as written", () => {
	it("loses the slashes before and after it, and keeps those inside", () => {
		expect(withoutSlashes("//graph/pages/")).toBe("graph/pages");
		expect(withoutSlashes("/")).toBe("");
		expect(withoutSlashes("Tools")).toBe("Tools");
	});
});

describe("the folder of a path", () => {
	it("is everything before the last slash, and nothing for a path at the vault's root", () => {
		expect(parentFolder("graph/pages/a.md")).toBe("graph/pages");
		expect(parentFolder("a.md")).toBe("");
	});
});
