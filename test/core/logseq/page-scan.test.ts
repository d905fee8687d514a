import fc from "fast-check";
import { pageText, type PageBlock } from "../../../src/core/logseq/page-blocks";
import { PageScanCache } from "../../../src/core/logseq/page-scan";
import { KeptLinkTargets, linkTargets } from "../../../src/core/note";
import { parseProfile } from "../../../src/core/profile/parse";
import { buildSidebarModel, profilesOfNote, scanNote, type NoteScan } from "../../../src/core/sidebar";

/** Everything a scan holds, in plain values, to compare an incremental scan with a fresh one. */
function plain(scan: NoteScan) {
	const { text, lines, lineStart, meta, code, codeLines, headings, outline, marks, links, blocks } = scan;
	return { text, lines, lineStart, meta, code, codeLines: Array.from(codeLines), headings, outline, marks, links, blocks };
}

const profile = parseProfile("# Sales strategy\n## Definition\nHow we sell.\n## Copilot\n- Who pays?\n- What do we charge?\n");
const entry = { profile, path: "Sales strategy.md" };
const lookup = { byName: (name: string) => (name.toLowerCase() === "sales strategy" ? entry : undefined), byPath: (path: string) => (path === entry.path ? entry : undefined) };
/** The sidebar model of the page, as the panel builds it from a scan (its link targets through `targets`). */
function model(scan: NoteScan, targets: (note: NoteScan) => readonly string[] = linkTargets) {
	const { applied, missing } = profilesOfNote(scan, "Venture.md", lookup, (target) => (target.toLowerCase() === "sales strategy" ? entry.path : null), targets);
	return buildSidebarModel({ scan, path: "Venture.md", applied, missing });
}

const piece = fc.constantFrom(
	"## Pricing", "### Who pays?", "# What do we charge?", "**Who pays?** the parents", "- Who pays?", "Answer", "[[Sales strategy]]", "[[Link a]]", "[[Link b]]",
	"type:: venture", "profiles:: [[Sales strategy]]", "```", "~~~", "```js", "code", "`[[Link c]]`", "[l](Page.md)", "#[[Tag]]", "#tag", "?", "---", " ", "\n", "\r\n", "- ", "\t",
);
const content = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
interface Tree {
	content: string;
	pre: boolean;
	children: Tree[];
}
const trees: fc.Arbitrary<Tree[]> = fc.letrec<{ forest: Tree[]; block: Tree }>((tie) => ({
	forest: fc.array(tie("block"), { maxLength: 4 }),
	block: fc.record({ content, pre: fc.boolean(), children: fc.oneof({ depthSize: "small" }, fc.constant<Tree[]>([]), tie("forest")) }),
})).forest;

/** The host's tree for `forest`: fresh objects and strings each time, as getPageBlocksTree answers. */
function hostTree(forest: readonly Tree[]): PageBlock[] {
	return forest.map((node, i) => ({ uuid: `u${i}`, content: `${node.content} `.slice(0, -1), "preBlock?": node.pre, children: hostTree(node.children) }));
}

/** Every block with the list that holds it, in reading order. */
function places(forest: Tree[]): { list: Tree[]; at: number }[] {
	return forest.flatMap((node, at) => [{ list: forest, at }, ...places(node.children)]);
}

type Step = { kind: "edit" | "insert" | "child" | "delete" | "move"; at: number; to: number; content: string };
const step: fc.Arbitrary<Step> = fc.record({ kind: fc.constantFrom("edit", "edit", "insert", "child", "delete", "move"), at: fc.nat(), to: fc.nat(), content });

/** Applies a user's edit to the page: a block typed in, added after another or under it, deleted with its children, or moved. */
function apply(forest: Tree[], { kind, at, to, content: text }: Step): void {
	const all = places(forest);
	if (all.length === 0) {
		forest.push({ content: text, pre: false, children: [] });
		return;
	}
	const { list, at: index } = all[at % all.length];
	const node = list[index];
	if (kind === "edit") node.content = text;
	else if (kind === "insert") list.splice(index + 1, 0, { content: text, pre: false, children: [] });
	else if (kind === "child") node.children.unshift({ content: text, pre: false, children: [] });
	else {
		list.splice(index, 1);
		const rest = places(forest);
		if (kind === "move" && rest.length > 0) {
			const target = rest[to % rest.length];
			target.list.splice(target.at, 0, node);
		} else if (kind === "move") forest.push(node);
	}
}

describe("PageScanCache", () => {
	it("gives the scan and link targets a fresh read gives after any edits to blocks: typed in, added, deleted, moved; headings, properties, fences, links", () => {
		fc.assert(
			fc.property(trees, fc.nat({ max: 200 }), fc.nat(), fc.array(step, { maxLength: 8 }), (first, filler, at, steps) => {
				const cache = new PageScanCache();
				// The panel's loader keeps the link targets across the scans as the Obsidian sidebar's does.
				const kept = new KeptLinkTargets();
				const forest = JSON.parse(JSON.stringify(first)) as Tree[];
				// Ordinary blocks, enough for the kept text to hold several runs of blocks.
				const points = Array.from({ length: filler }, (_, i) => ({ content: `Point ${i} [[Link ${i % 3}]]`, pre: false, children: [] }));
				forest.splice(at % (forest.length + 1), 0, ...points);
				const check = () => {
					const tree = hostTree(forest);
					const scan = cache.scan(tree);
					const fresh = scanNote(pageText(tree));
					expect(plain(scan)).toEqual(plain(fresh));
					expect(kept.targets(scan)).toEqual(linkTargets(fresh));
					expect(model(scan, (note) => kept.targets(note))).toEqual(model(fresh));
				};
				check();
				for (const each of steps) {
					apply(forest, each);
					check();
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("gives a fresh read's scan after more than a thousand blocks change at once between blocks it keeps, and after the small edits that follow", () => {
		const section = (i: number, word: string): Tree => ({ content: `## ${word} ${i}`, pre: false, children: [{ content: `Point of ${i}, see [[Link ${i % 7}]]\nsecond line`, pre: false, children: [] }] });
		const page = (word: string, count = 1500): Tree[] => [{ content: "type:: venture", pre: true, children: [] }, ...Array.from({ length: count }, (_, i) => section(i, word))];
		const cache = new PageScanCache();
		const first = page("Section");
		// Every block but the first two and the last two typed in, then one block, then 1,200 blocks deleted, then a block added under the first kept one.
		const rewritten = [...first.slice(0, 2), ...page("Rewritten").slice(2, -1), first[first.length - 1]];
		const oneEdit = rewritten.map((node, i) => (i === 700 ? { ...node, content: "## Edited" } : node));
		const deleted = [...oneEdit.slice(0, 100), ...oneEdit.slice(1300)];
		const added = deleted.map((node, i) => (i === 1 ? { ...node, children: [{ content: "- new ### Who pays?", pre: false, children: [] }, ...node.children] } : node));
		for (const forest of [first, rewritten, oneEdit, deleted, added, first]) {
			const tree = hostTree(forest);
			expect(plain(cache.scan(tree))).toEqual(plain(scanNote(pageText(tree))));
		}
	});
});

