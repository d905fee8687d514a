/**
 * The playground's stand-in for Obsidian's MarkdownRenderer: Markdown parsed by markdown-it with HTML off, then built as
 * DOM token by token with createEl and text nodes, so no HTML from a note is ever interpreted. `[[links]]` open notes.
 */
import MarkdownIt from "markdown-it";
import { linksInLine } from "../src/core/text/wiki-links";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

/** Elements for markdown-it's paired tokens ("paragraph_open" → p, and so on). */
const TAGS: Record<string, keyof HTMLElementTagNameMap> = {
	paragraph: "p",
	bullet_list: "ul",
	ordered_list: "ol",
	list_item: "li",
	blockquote: "blockquote",
	strong: "strong",
	em: "em",
	s: "s",
	table: "table",
	thead: "thead",
	tbody: "tbody",
	tr: "tr",
	th: "th",
	td: "td",
};

/** Renders Markdown into elements; a click on a `[[link]]` calls `openLink` with its target. */
export class MarkdownRenderer {
	private readonly parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

	constructor(private readonly openLink: (target: string) => void) {}

	/** Appends `markdown`, rendered, to `el`. */
	render(el: HTMLElement, markdown: string): void {
		this.build(el, this.parser.parse(markdown, {}));
	}

	private build(root: HTMLElement, tokens: readonly Token[]): void {
		const stack: HTMLElement[] = [root];
		const top = () => stack[stack.length - 1];
		for (const token of tokens) {
			if (token.type === "inline") {
				this.build(top(), token.children ?? []);
			} else if (token.nesting === 1) {
				stack.push(this.open(top(), token));
			} else if (token.nesting === -1) {
				if (stack.length > 1) stack.pop();
			} else {
				this.leaf(top(), token);
			}
		}
	}

	private open(parent: HTMLElement, token: Token): HTMLElement {
		const name = token.type.replace(/_open$/, "");
		if (name === "heading") return parent.createEl(token.tag === "h1" || token.tag === "h2" ? "h4" : "h5");
		if (name === "link") {
			const href = String(token.attrGet("href") ?? "");
			return /^https?:\/\//i.test(href) ? parent.createEl("a", { cls: "external-link", attr: { href, target: "_blank", rel: "noopener noreferrer" } }) : parent.createSpan();
		}
		return parent.createEl(TAGS[name] ?? "span");
	}

	private leaf(parent: HTMLElement, token: Token): void {
		if (token.type === "text") this.text(parent, token.content);
		else if (token.type === "code_inline") parent.createEl("code", { text: token.content });
		else if (token.type === "code_block" || token.type === "fence") parent.createEl("pre").createEl("code", { text: token.content });
		else if (token.type === "softbreak") parent.append(" ");
		else if (token.type === "hardbreak") parent.createEl("br");
		else if (token.type === "hr") parent.createEl("hr");
		else if (token.content !== "") parent.append(token.content);
	}

	/** Text with its `[[links]]` as internal links. */
	private text(parent: HTMLElement, text: string): void {
		let last = 0;
		for (const link of linksInLine(text)) {
			parent.append(text.slice(last, link.from));
			const label = link.raw.includes("|") ? link.raw.slice(link.raw.indexOf("|") + 1) : link.target;
			const anchor = parent.createEl("a", { cls: "internal-link", text: label, attr: { href: "#", "data-href": link.target } });
			anchor.addEventListener("click", (event) => {
				event.preventDefault();
				this.openLink(link.target);
			});
			last = link.to;
		}
		parent.append(text.slice(last));
	}
}
