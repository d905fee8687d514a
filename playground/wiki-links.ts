/** Wiki links in the playground's Markdown: `[[target]]` is one link, both bracket pairs drawn alike, as Obsidian's editor does. */
import type { markdown } from "@codemirror/lang-markdown";
import { tags } from "@lezer/highlight";

type MarkdownExtension = NonNullable<NonNullable<Parameters<typeof markdown>[0]>["extensions"]>;

const OPEN = 91; // "["

/** A Markdown parser extension that reads `[[…]]` (on one line, not empty) before the plain `[text]` link can split it. */
export const wikiLinks: MarkdownExtension = {
	defineNodes: [
		{ name: "WikiLink", style: tags.link },
		{ name: "WikiLinkMark", style: tags.processingInstruction },
	],
	parseInline: [
		{
			name: "WikiLink",
			before: "Link",
			parse(cx, next, pos) {
				if (next !== OPEN || cx.char(pos + 1) !== OPEN) return -1;
				const rest = cx.slice(pos + 2, cx.end);
				const close = rest.indexOf("]]");
				if (close <= 0 || rest.slice(0, close).includes("\n") || rest.slice(0, close).includes("[")) return -1;
				const end = pos + 2 + close + 2;
				return cx.addElement(cx.elt("WikiLink", pos, end, [cx.elt("WikiLinkMark", pos, pos + 2), cx.elt("WikiLinkMark", end - 2, end)]));
			},
		},
	],
};
