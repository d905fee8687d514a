/** fast-check generators for innBoK-shaped Logseq profile pages: page properties, then `- ## ` sections with nested blocks. */
import fc from "fast-check";

/** Property values a graph writes, and values that mean something to YAML. */
const TRICKY_VALUES = ["internal", "20", "0", "[[profile-(id)/pricing]]", "[[a]] [[b]]", "#[[offer]]", "#offer", "a, b", "[[a, b]], c", 'say "hi"', "it's", "key: value", "a #b", "- dash", "true", "No", "1.0", "007", "0x1F", "null", "~", "", " lead", "trail ", "{{embed [[x]]}}", "√π üîç", "tab\tin", "back\\slash", "@at", "`code`", "|pipe", ">fold", "*star", "&anchor", "!tag", "%pct", "?q", "[[Porter's Five Forces|Porter]]"];

/**
 * A property value: one of the tricky ones, or any one-line text. Not one with other white space than spaces and tabs
 * at its ends: Logseq trims it where YAML keeps it, so the two pages would not read the same (tested on its own).
 */
const propertyValue = fc.oneof(
	fc.constantFrom(...TRICKY_VALUES),
	fc.string({ unit: "grapheme", maxLength: 24 }).filter((text) => !/[\r\n\u2028\u2029\0\u0085]/.test(text) && text.trim() === text.replace(/^[ \t]+|[ \t]+$/g, "")),
);

const propertyName = fc.oneof(fc.constantFrom("innbok-type", "metamodel-id", "relations", "weight", "item-classes", "tags", "alias", "title"), fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/));

/** Page properties, names unique (case aside), as `key:: value` lines. */
export const pageProperties = fc
	.uniqueArray(fc.tuple(propertyName, propertyValue), { maxLength: 6, selector: ([name]) => name.toLowerCase() })
	.map((pairs) => pairs.map(([name, value]) => (value === "" ? `${name}::` : `${name}:: ${value}`)));

const WORDS = ["price", "[[offer]]", "#[[class]]", "a, b", '"quoted"', "it’s", "key: value", "Zürich", "üîç", "**bold**", "{{embed [[x]]}}", "[[Porter's Five Forces|Porter]]", "50%", "#key", "[[**]]", "[[-+]]", "x::y"];
/** A line of text that opens no block, heading or fence of its own. */
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => `Word ${words.join(" ")}`);

/** One block: its text, lines continuing it, a block property, and its children. */
interface Block {
	text: string;
	more: string[];
	children: Block[];
}

const blockText = fc.oneof(text, text.map((t) => `### ${t}`), fc.constantFrom("#key [[profile-(id)/pricing/Cost floor]] [[**]] [[-+]]", "TODO ask ten people", "[[offer]]"));
const blockMore = fc.array(fc.oneof(text, fc.constantFrom("key-weight:: 35", "{{embed [[profile-(id)/pricing/examples/Night market stall]]}}")), { maxLength: 2 });
/** A block with children `children` deep at most. */
const blockOf = (children: fc.Arbitrary<Block[]>): fc.Arbitrary<Block> => fc.record({ text: blockText, more: blockMore, children });
const block = blockOf(fc.array(blockOf(fc.array(blockOf(fc.constant([])), { maxLength: 2 })), { maxLength: 2 }));

/** How the outline is indented: children by `child`, text under a section heading by `text`. */
const indents = fc.constantFrom({ child: "\t", text: "  " }, { child: "  ", text: "  " }, { child: "\t", text: "\t" });

const SECTIONS = ["🔍 Definition", "📰 Content type (offer)", "📰 Content type ()", "📖 Description", "👉 Examples", "🔑 Keys", "🗄️ Topics", "🧰 Tools", "üîç Definition", "🎯 Goals"];

/** A whole graph profile page, with its line end ("\n" or "\r\n"). */
export const graphProfilePage = fc
	.record({
		properties: pageProperties,
		title: fc.boolean(),
		blank: fc.boolean(),
		indent: indents,
		eol: fc.constantFrom("\n", "\r\n"),
		sections: fc.array(
			fc.record({
				heading: fc.constantFrom(...SECTIONS),
				text: fc.array(fc.oneof(text, text.map((t) => `### ${t}`), fc.constant("")), { maxLength: 3 }),
				children: fc.array(block, { maxLength: 3 }),
				after: fc.constantFrom("", "  ", "\t", null),
			}),
			{ minLength: 1, maxLength: 6 },
		).filter((sections) => sections.some((section) => section.heading !== "🎯 Goals")),
	})
	.map(({ properties, title, blank, indent, eol, sections }) => {
		const lines = [...properties];
		if (title) lines.push("# #profile Name - Pricing");
		if (blank) lines.push("");
		const write = (b: Block, depth: number) => {
			const prefix = indent.child.repeat(depth);
			lines.push(`${prefix}- ${b.text}`, ...b.more.map((line) => `${prefix}  ${line}`));
			for (const child of b.children) write(child, depth + 1);
		};
		for (const section of sections) {
			lines.push(`- ## ${section.heading}`, ...section.text.map((line) => (line === "" ? "" : indent.text + line)));
			for (const child of section.children) write(child, 1);
			if (section.after !== null) lines.push(section.after);
		}
		return lines.join(eol) + eol;
	});
