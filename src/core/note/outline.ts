/**
 * The Logseq block outline of a note: each `- ` bullet is a block, its more indented bullets are its children, and
 * the `key:: value` lines right under its first line are its block properties.
 */
import { indentWidth, isSpaceOrTab, textIndent } from "../text/lines";

/** One block of the outline. */
export interface OutlineBlock {
	/** 0-based line of its bullet. */
	line: number;
	/** Width of the bullet's indentation (a tab counts two). */
	indent: number;
	/** Its first line's text after `- `. */
	text: string;
	/** The line after its own lines (continuation lines and properties), where its first child or next block starts. */
	contentEnd: number;
	/** The line after its last line, children included (trailing blank lines left out). */
	end: number;
	/** Its `key:: value` properties, keys lower-cased, in the order written. */
	properties: ReadonlyMap<string, string>;
	children: OutlineBlock[];
}

/** A Logseq page property line: `key:: value`; a block's property lines are the same after their indentation. */
export const PROPERTY_LINE = /^([A-Za-z][\w-]*):: ?(.*)$/;

/** The properties of a block that has none, shared. */
const NO_PROPERTIES: ReadonlyMap<string, string> = new Map();

/** Builds the outline from the body's lines in order, one call per line; used by `readNote`'s single pass. Linear. */
export class OutlineBuilder {
	readonly #roots: OutlineBlock[] = [];
	readonly #open: OutlineBlock[] = [];

	/** True when a line that is no bullet can matter: some block is open to take it. */
	get isOpen(): boolean {
		return this.#open.length > 0;
	}

	/** Takes in the non-blank line `index` outside fenced code (a fence's opening line included). */
	line(index: number, text: string): void {
		const indent = indentWidth(text);
		const at = textIndent(text);
		this.#closeTo(indent);
		if (text.charCodeAt(at) === 45 && (at + 1 === text.length || isSpaceOrTab(text.charCodeAt(at + 1)))) {
			const block: OutlineBlock = { line: index, indent, text: text.slice(at + 1).trim(), contentEnd: index + 1, end: index + 1, properties: NO_PROPERTIES, children: [] };
			const parent = this.#open[this.#open.length - 1];
			if (parent === undefined) this.#roots.push(block);
			else parent.children.push(block);
			this.#open.push(block);
			return;
		}
		const current = this.#open[this.#open.length - 1];
		if (current === undefined) return;
		if (current.children.length === 0) {
			const property = current.contentEnd === index && text.indexOf("::") !== -1 ? PROPERTY_LINE.exec(text.slice(at)) : null;
			if (property !== null) {
				const properties = current.properties === NO_PROPERTIES ? new Map<string, string>() : (current.properties as Map<string, string>);
				properties.set(property[1].toLowerCase(), property[2].trim());
				current.properties = properties;
			}
			current.contentEnd = index + 1;
		}
		current.end = index + 1;
	}

	/** Takes in a line of fenced code (or its closing fence): it belongs to the open block. */
	code(index: number): void {
		const current = this.#open[this.#open.length - 1];
		if (current === undefined) return;
		if (current.children.length === 0) current.contentEnd = index + 1;
		current.end = index + 1;
	}

	/** The outline's top-level blocks. */
	finish(): OutlineBlock[] {
		this.#closeTo(-1);
		return this.#roots;
	}

	/** Closes the open blocks indented at least `indent`, each parent's end growing to cover its children. */
	#closeTo(indent: number): void {
		while (this.#open.length > 0 && this.#open[this.#open.length - 1].indent >= indent) {
			const block = this.#open.pop() as OutlineBlock;
			const parent = this.#open[this.#open.length - 1];
			if (parent !== undefined && block.end > parent.end) parent.end = block.end;
		}
	}
}
