import fc from "fast-check";
import { childBlocks, PageTextCache, pageText, visibleText, type PageBlock } from "../../../src/core/logseq/page-blocks";

/** The format said line by line (a `["uuid", id]` pair the host did not load is skipped): each block's lines, the first after its bullet (trailing blanks dropped), the rest under it. */
function lineByLine(forest: readonly PageBlock[], depth = 0): string[] {
	const pad = "  ".repeat(depth);
	return childBlocks({ uuid: "", children: forest }).flatMap((node) => {
		const lines = (node.content ?? "").split("\n");
		const own = node["preBlock?"] === true && depth === 0 ? lines : lines.map((line, i) => (i === 0 ? `${pad}- ${line}`.trimEnd() : `${pad}  ${line}`));
		return [...own, ...lineByLine(childBlocks(node), depth + 1)];
	});
}

const content = fc.array(fc.constantFrom("a", "Plan ", " ", "\n", "\r\n", "\u00a0", "key:: v", "🔍", "\t", "- "), { maxLength: 8 }).map((parts) => parts.join(""));
const forest: fc.Arbitrary<PageBlock[]> = fc.letrec<{ forest: PageBlock[]; block: PageBlock | readonly [string, string] }>((tie) => ({
	forest: fc.array(tie("block"), { maxLength: 4 }) as fc.Arbitrary<PageBlock[]>,
	block: fc.oneof(
		{ weight: 6, arbitrary: fc.record({ uuid: fc.constant("u"), content: fc.option(content, { nil: undefined }), "preBlock?": fc.boolean(), children: fc.option(tie("forest"), { nil: undefined }) }, { requiredKeys: ["uuid"] }) },
		{ weight: 1, arbitrary: fc.constant(["uuid", "unloaded"] as const) },
	),
})).forest;

describe("page blocks", () => {
	it("writes the page text a file graph stores: page properties unbulleted, further lines indented under their bullet", () => {
		const text = pageText([
			{ uuid: "p", content: "tags:: profile", "preBlock?": true },
			{ uuid: "a", content: "## Definition", children: [{ uuid: "b", content: "How we price.\nSecond line" }, ["uuid", "unloaded"]] },
		]);
		expect(text).toBe("tags:: profile\n- ## Definition\n  - How we price.\n    Second line");
	});

	it("writes every block's lines as the format says, whatever the contents hold (blank, CRLF, trailing spaces, unloaded children)", () => {
		fc.assert(fc.property(forest, (blocks) => pageText(blocks) === lineByLine(blocks).join("\n")), { numRuns: 500 });
	});

	it("writes a page nested 6,000 blocks deep without overflowing the stack", () => {
		let deepest: PageBlock = { uuid: "leaf", content: "bottom" };
		for (let i = 0; i < 6_000; i++) deepest = { uuid: `b${i}`, content: `level ${i}`, children: [deepest] };
		const text = pageText([deepest]);
		expect(text.split("\n")).toHaveLength(6_001);
		expect(text.endsWith(`\n${"  ".repeat(6_000)}- bottom`)).toBe(true);
	});

	it("shows a block's text without its property lines, and skips children the host did not load", () => {
		expect(visibleText({ uuid: "x", content: "Answer\nid:: 6f0c1a52-0000-4000-8000-000000000001\nkey:: value" })).toBe("Answer");
		expect(visibleText({ uuid: "x" })).toBe("");
		expect(childBlocks({ uuid: "x", children: [["uuid", "y"], { uuid: "z" }] }).map((child) => child.uuid)).toEqual(["z"]);
	});
});

/** A copy of the tree, fresh objects as the host hands out, with the contents of the blocks at the `edits`' positions (in reading order, wrapping) replaced. */
function edited(forest: readonly PageBlock[], edits: readonly (readonly [number, string | undefined])[]): PageBlock[] {
	const copy = JSON.parse(JSON.stringify(forest)) as PageBlock[];
	const order: PageBlock[] = [];
	const walk = (list: readonly PageBlock[]) => {
		for (const node of childBlocks({ uuid: "", children: list })) {
			order.push(node);
			walk(childBlocks(node));
		}
	};
	walk(copy);
	for (const [at, text] of edits) if (order.length > 0) order[at % order.length].content = text;
	return copy;
}

describe("PageTextCache", () => {
	const page = (count: number): PageBlock[] => [
		{ uuid: "p", content: "type:: venture", "preBlock?": true },
		...Array.from({ length: count }, (_, i) => ({ uuid: `s${i}`, content: `Section ${i}`, children: [{ uuid: `c${i}`, content: `Point of ${i}\nsecond line` }] })),
	];

	it("shows each block typed in, one or several at once, as the page text, and then a block added, moved or removed", () => {
		const cache = new PageTextCache();
		const tree = page(500);
		expect(cache.text(tree)).toBe(pageText(tree));
		const typed = edited(tree, [[41, "Section 20, edited"]]);
		expect(cache.text(typed)).toBe(pageText(typed));
		expect(cache.text(typed)).toContain("\n- Section 20, edited\n");
		const more = edited(typed, [[3, "A\nlonger\nblock"], [900, "short"], [5, ""], [7, undefined]]);
		expect(cache.text(more)).toBe(pageText(more));
		const added = [...more, { uuid: "new", content: "A new block" }];
		expect(cache.text(added)).toBe(pageText(added));
		const moved = [added[0], added[2], added[1], ...added.slice(3)];
		expect(cache.text(moved)).toBe(pageText(moved));
		expect(cache.text(moved.slice(0, 10))).toBe(pageText(moved.slice(0, 10)));
		expect(cache.text([])).toBe("");
	});

	it("gives what pageText gives for any sequence of trees and of edits to their contents", () => {
		const step = fc.oneof(
			{ weight: 3, arbitrary: fc.record({ edits: fc.array(fc.tuple(fc.nat(), fc.option(content, { nil: undefined })), { minLength: 1, maxLength: 20 }) }) },
			{ weight: 1, arbitrary: fc.record({ tree: forest }) },
		);
		fc.assert(
			fc.property(forest, fc.array(step, { maxLength: 6 }), (first, steps) => {
				const cache = new PageTextCache();
				let current = first;
				expect(cache.text(current)).toBe(pageText(current));
				for (const next of steps) {
					current = "tree" in next ? next.tree : edited(current, next.edits);
					expect(cache.text(current)).toBe(pageText(current));
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
