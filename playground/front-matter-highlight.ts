/** Front matter in the playground's Markdown: the `---` block at the top is metadata, drawn muted, not a setext heading. */
import type { markdown } from "@codemirror/lang-markdown";
import { tags } from "@lezer/highlight";

type MarkdownExtension = NonNullable<NonNullable<Parameters<typeof markdown>[0]>["extensions"]>;

/** A Markdown parser extension for a front matter block opening on the first line (as Obsidian's editor reads it). */
export const frontMatter: MarkdownExtension = {
	defineNodes: [{ name: "FrontMatter", block: true, style: tags.meta }],
	parseBlock: [
		{
			name: "FrontMatter",
			before: "HorizontalRule",
			parse(cx, line) {
				if (cx.lineStart !== 0 || line.text.trimEnd() !== "---") return false;
				let end = line.text.length;
				while (cx.nextLine()) {
					end = cx.lineStart + line.text.length;
					if (line.text.trimEnd() === "---" || line.text.trimEnd() === "...") {
						cx.nextLine();
						break;
					}
				}
				cx.addElement(cx.elt("FrontMatter", 0, end));
				return true;
			},
		},
	],
};
