import { MemoryVault } from "../../../src/core/host/memory-vault";
import { bundledTools } from "../../../src/core/library/tools";
import type { NoteMeta } from "../../../src/core/ports";
import { ToolCatalog } from "../../../src/core/tools/tool-catalog";
import { fixture } from "../../support/fixtures";

function meta(path: string, frontmatter: Record<string, unknown> = {}): NoteMeta {
	return { path, basename: path.replace(/^.*\//, "").replace(/\.md$/, ""), frontmatter, tags: [] };
}

function catalog(folder = "Tools") {
	const tools = new ToolCatalog(bundledTools, { toolsFolder: () => folder });
	let changes = 0;
	tools.onChange(() => changes++);
	return { tools, changes: () => changes };
}

describe("ToolCatalog as a note indexer", () => {
	it("wants Markdown notes in the tools folder or typed as tools, and nothing else", () => {
		const { tools } = catalog("Tools/");
		expect(tools.wants(meta("Tools/Ansoff Matrix.md"))).toBe(true);
		expect(tools.wants(meta("Notes/Grid.md", { type: "Tool" }))).toBe(true);
		expect(tools.wants(meta("Notes/Grid.md", { type: ["method", "tool"] }))).toBe(true);
		expect(tools.wants(meta("Notes/Grid.md", { type: "venture" }))).toBe(false);
		expect(tools.wants(meta("Toolshed/Grid.md"))).toBe(false);
	});

	it("holds no tool for a file that is not Markdown, in the tools folder or typed as a tool", () => {
		const { tools } = catalog("Tools");
		const vault = new MemoryVault([tools]);
		vault.write("Tools/diagram.png", "---\ntype: tool\nsummary: A picture.\n---\n");
		vault.write("Notes/scan.pdf", "---\ntype: tool\nsummary: A scan.\n---\n");
		expect(["diagram.png", "diagram", "scan.pdf", "Notes/scan.pdf"].map((target) => tools.vaultTool(target))).toEqual([undefined, undefined, undefined, undefined]);
		vault.write("Tools/Grid.md", "---\nsummary: A grid.\n---\n");
		expect(tools.vaultTool("Grid")?.tool.summary).toBe("A grid.");
	});

	it("wants only typed notes when the tools folder is empty", () => {
		const { tools } = catalog("");
		expect(tools.wants(meta("Grid.md"))).toBe(false);
		expect(tools.wants(meta("Grid.md", { type: "tool" }))).toBe(true);
	});

	it("finds a tool note by name, alias and path once it is read, and tells listeners once", () => {
		const { tools, changes } = catalog();
		tools.update("Tools/Porter's Five Forces.md", fixture("tool-note-definition-only.md"));
		expect(changes()).toBe(1);
		expect(tools.vaultTool("porter’s five forces")?.path).toBe("Tools/Porter's Five Forces.md");
		expect(tools.vaultTool("Five  Forces")?.tool.name).toBe("Porter's Five Forces");
		expect(tools.vaultTool("Tools/Porter's Five Forces")?.tool.summary).toMatch(/^Michael Porter's model/);
		expect(tools.vaultTool("Five Forces.md")?.path).toBe("Tools/Porter's Five Forces.md");
		expect(tools.byPath("Tools/Porter's Five Forces.md")).toBeDefined();
	});

	it("does not tell listeners when a note is re-read unchanged", () => {
		const { tools, changes } = catalog();
		tools.update("Tools/Grid.md", "A grid.");
		tools.update("Tools/Grid.md", "A grid.");
		expect(changes()).toBe(1);
		tools.update("Tools/Grid.md", "A better grid.");
		expect(changes()).toBe(2);
		expect(tools.vaultTool("Grid")?.tool.summary).toBe("A better grid.");
	});

	it("forgets a removed note and a note that stops saying it is a tool", () => {
		const { tools, changes } = catalog();
		tools.update("Tools/Grid.md", "A grid.");
		tools.remove("Tools/Grid.md");
		expect(tools.vaultTool("Grid")).toBeUndefined();
		tools.update("Notes/Lens.md", "---\ntype: tool\n---\nA lens.");
		expect(tools.vaultTool("Lens")).toBeDefined();
		tools.update("Notes/Lens.md", "---\ntype: idea\n---\nA lens.");
		expect(tools.vaultTool("Lens")).toBeUndefined();
		expect(changes()).toBe(4);
		tools.remove("Notes/Never.md");
		expect(changes()).toBe(4);
	});

	it("lets a vault note stand beside the bundled tool of the same name, and stops calling a listener once unsubscribed", () => {
		const { tools } = catalog();
		let heard = 0;
		const stop = tools.onChange(() => heard++);
		tools.update("Tools/Ansoff Matrix.md", "Our own words.");
		stop();
		tools.update("Tools/Ansoff Matrix.md", "Other words.");
		expect(heard).toBe(1);
		expect(tools.vaultTool("Ansoff Matrix")).toEqual({ tool: { name: "Ansoff Matrix", aliases: [], summary: "Other words." }, path: "Tools/Ansoff Matrix.md" });
		expect(tools.bundledTool("Ansoff Matrix")?.path).toBeNull();
	});

	it("answers bundled tools by name and alias, apostrophes folded", () => {
		const { tools } = catalog();
		expect(tools.bundledTool("Porter’s 5 Forces")?.tool.name).toBe("Porter's Five Forces");
		expect(tools.bundledTool("BMC")?.tool.name).toBe("Business Model Canvas");
		expect(tools.bundledTool("Sales strategy") ?? tools.vaultTool("Sales strategy")).toBeUndefined();
	});

	it("gives a name two notes share to the first by path", () => {
		const { tools } = catalog();
		tools.update("Tools/b/Grid.md", "B grid.");
		tools.update("Tools/a/Grid.md", "A grid.");
		expect(tools.vaultTool("Grid")?.path).toBe("Tools/a/Grid.md");
		expect(tools.vaultTool("b/Grid")?.path).toBe("Tools/b/Grid.md");
	});
});
