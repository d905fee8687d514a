/**
 * An in-memory Logseq file graph: pages of blocks, and `insertBatchBlock` as the 0.10.9 host performs it. Each host
 * behaviour copied here names the source it comes from (logseq/logseq at tag 0.10.9). Used by the typed fake `logseq`
 * (jest) and by the browser test host.
 */

/** A block as a test writes it into a page. */
export interface SeedBlock {
	content: string;
	properties?: Record<string, string>;
	children?: SeedBlock[];
}

interface Stored {
	preBlock: boolean;
	id: number;
	uuid: string;
	content: string;
	properties: Record<string, string>;
	parent: number;
	page: number;
	children: number[];
}

interface StoredPage {
	id: number;
	uuid: string;
	name: string;
	originalName: string;
	properties: Record<string, unknown>;
	children: number[];
}

/** A block as the SDK reports it (the 0.10.x fields the plugin reads), children nested. */
export interface EntityBlock {
	id: number;
	uuid: string;
	content: string;
	properties: Record<string, string>;
	parent: { id: number };
	left: { id: number };
	page: { id: number };
	children: EntityBlock[];
	"preBlock?"?: boolean;
	[key: string]: unknown;
}

/** A page as the SDK reports it. */
export interface EntityPage {
	id: number;
	uuid: string;
	name: string;
	originalName: string;
	properties: Record<string, unknown>;
	[key: string]: unknown;
}

/** One outliner transaction, as the host's undo history would record it. */
export interface Transaction {
	op: "insert-blocks" | "save-block";
	blocks: number;
}

/** The options `insertBatchBlock` takes. */
export interface BatchOptions {
	before?: boolean;
	sibling?: boolean;
	keepUUID?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The graph; `firstBlockOnly` is how the host parses a content (mldoc), `newUuid` how it names blocks. */
export class LogseqBlockStore {
	readonly #blocks = new Map<number, Stored>();
	/** Blocks by uuid, as the host's database indexes `:block/uuid` (a lookup, not a scan of the graph). */
	readonly #byUuid = new Map<string, Stored>();
	readonly #pages = new Map<number, StoredPage>();
	readonly #firstBlockOnly: (content: string) => string;
	readonly #newUuid: () => string;
	#nextId = 1;
	/** Every outliner transaction, in order. */
	readonly transactions: Transaction[] = [];
	/** The block being edited, as `Editor.getCurrentBlock` reports it. */
	editing: string | null = null;

	constructor(firstBlockOnly: (content: string) => string, newUuid: () => string) {
		this.#firstBlockOnly = firstBlockOnly;
		this.#newUuid = newUuid;
	}

	/** Adds a page holding `forest`; returns its name. */
	addPage(originalName: string, forest: readonly SeedBlock[], properties: Record<string, unknown> = {}): string {
		const page: StoredPage = { id: this.#nextId++, uuid: this.#newUuid(), name: originalName.toLowerCase(), originalName, properties, children: [] };
		this.#pages.set(page.id, page);
		const add = (seeds: readonly SeedBlock[], parent: number) => {
			for (const seed of seeds) {
				const props = seed.properties ?? {};
				const block = this.#create(withPropertyLines(seed.content, props), props, parent, page.id, props.id);
				this.#childList(parent).push(block.id);
				add(seed.children ?? [], block.id);
			}
		};
		add(forest, page.id);
		// A page whose first block is nothing but `key:: value` lines keeps them as page properties, in a pre-block
		// (the graph parser, deps/graph-parser/src/logseq/graph_parser/extract.cljc).
		const first = this.#blocks.get(page.children[0]);
		if (first && first.content.trim() !== "" && first.content.split("\n").every((line) => /^[^\s:]+:: /.test(line))) {
			first.preBlock = true;
			for (const line of first.content.split("\n")) {
				const [key, ...rest] = line.split(":: ");
				const value = rest.join(":: ").trim();
				page.properties[key] = key === "tags" || key === "alias" ? value.split(",").map((each) => each.trim()) : value;
			}
		}
		return page.name;
	}

	/** Deletes a page and its blocks, as the host's page delete does; false when there is no such page. */
	removePage(name: string): boolean {
		const page = [...this.#pages.values()].find((each) => each.name === name.toLowerCase());
		if (!page) return false;
		const drop = (ids: readonly number[]) => {
			for (const id of ids) {
				const block = this.#blocks.get(id);
				drop(block?.children ?? []);
				if (block) this.#byUuid.delete(block.uuid);
				this.#blocks.delete(id);
			}
		};
		drop(page.children);
		this.#pages.delete(page.id);
		return true;
	}

	/** Renames a page, keeping its id and blocks, as the host's page rename does (it renames the file too). */
	renamePage(from: string, to: string): void {
		const page = [...this.#pages.values()].find((each) => each.name === from.toLowerCase());
		if (!page) throw new Error(`no page ${from}`);
		page.name = to.toLowerCase();
		page.originalName = to;
	}

	/** The page of that name (any case) or database id, or null (`get_page` in src/main/logseq/api.cljs takes either). */
	page(ref: string | number): EntityPage | null {
		const page = typeof ref === "number" ? this.#pages.get(ref) : [...this.#pages.values()].find((each) => each.name === ref.toLowerCase());
		return page ? { id: page.id, uuid: page.uuid, name: page.name, originalName: page.originalName, properties: page.properties } : null;
	}

	/** Every page. */
	allPages(): EntityPage[] {
		return [...this.#pages.values()].map((page) => this.page(page.id)).filter((page): page is EntityPage => page !== null);
	}

	/** A page's blocks as a nested tree, or null for no such page. */
	tree(name: string): EntityBlock[] | null {
		const page = [...this.#pages.values()].find((each) => each.name === name.toLowerCase());
		return page ? page.children.map((id) => this.#entity(id)) : null;
	}

	/** A block by uuid or database id, with its children. */
	block(ref: string | number): EntityBlock | null {
		const stored = typeof ref === "number" ? this.#blocks.get(ref) : this.#byUuid.get(ref);
		return stored ? this.#entity(stored.id) : null;
	}

	/** The name of the page a block is on. */
	pageOf(uuid: string): string | null {
		const stored = this.#byUuid.get(uuid);
		return stored ? (this.#pages.get(stored.page)?.name ?? null) : null;
	}

	/** The user typing into a block: its content replaced, as one save transaction. */
	save(uuid: string, content: string): void {
		const stored = this.#byUuid.get(uuid);
		if (!stored) throw new Error(`no block ${uuid}`);
		stored.content = content;
		this.transactions.push({ op: "save-block", blocks: 1 });
	}

	/**
	 * `Editor.insertBatchBlock` as the 0.10.9 host runs it (src/main/logseq/api.cljs `insert_batch_block`, then
	 * `insert-block-tree-after-target` and `paste-blocks` in src/main/frontend/handler/editor.cljs):
	 * - an unknown target block inserts nothing and answers null (`when-let [block ...]`);
	 * - with keepUUID, a uuid already in the graph throws "Custom block UUID already exists";
	 * - `before` with `sibling` anchors on the target's left block (`:block/left`), which is its parent for a first child;
	 * - `sibling` unset means: as first children when the target has children, else as next siblings;
	 * - the target is never replaced, even when empty (`:skip-empty-target? true`);
	 * - each block keeps only the first block mldoc finds in "- " + content + its property lines (`block-tree->blocks`);
	 * - the whole batch is one `:insert-blocks` transaction, and the answer is nil.
	 * Its cost is mostly that per-block mldoc parse, which the host pays too. The host does more that this store leaves out,
	 * so it is slower, never faster: `mldoc/->edn` turns each parse into ClojureScript data, `block/extract-blocks` builds
	 * each block's refs and properties, `property/insert-properties` parses each block with properties three more times
	 * per property (src/main/frontend/util/property.cljs `insert-property`), and datascript transacts the blocks.
	 */
	insertBatch(target: string, batch: SeedBlock | readonly SeedBlock[], options: BatchOptions = {}): null {
		let anchor = this.#byUuid.get(target);
		if (!anchor) return null;
		const forest = Array.isArray(batch) ? (batch as readonly SeedBlock[]) : [batch as SeedBlock];
		if (options.keepUUID) {
			for (const id of ids(forest)) {
				if (!UUID.test(id)) throw new Error(`Invalid UUID: ${id}`);
				if (this.#byUuid.has(id)) throw new Error(`Custom block UUID already exists (${id}).`);
			}
		}
		if (options.before && options.sibling) {
			const left = this.#leftOf(anchor.id);
			const leftBlock = this.#blocks.get(left);
			if (!leftBlock) throw new Error("the target has no left block");
			anchor = leftBlock;
		}
		const sibling = options.sibling ?? anchor.children.length === 0;
		const parent = sibling ? anchor.parent : anchor.id;
		const siblings = this.#childList(parent);
		const inserted: number[] = [];
		const add = (seeds: readonly SeedBlock[], under: number, list: number[], index: number) => {
			for (const seed of seeds) {
				const props = seed.properties ?? {};
				const kept = this.#firstBlockOnly(withPropertyLines(seed.content, props));
				const block = this.#create(kept, props, under, anchor.page, options.keepUUID ? props.id : undefined);
				list.splice(index++, 0, block.id);
				inserted.push(block.id);
				add(seed.children ?? [], block.id, block.children, 0);
			}
		};
		add(forest, parent, siblings, sibling ? siblings.indexOf(anchor.id) + 1 : 0);
		this.transactions.push({ op: "insert-blocks", blocks: inserted.length });
		// `edit-last-block-after-inserted!` (editor.cljs): on the next tick the host edits the last inserted block.
		const last = this.#blocks.get(inserted[inserted.length - 1]);
		if (last) setTimeout(() => (this.editing = last.uuid), 0);
		return null;
	}

	#create(content: string, properties: Record<string, string>, parent: number, page: number, uuid?: string): Stored {
		const block: Stored = { preBlock: false, id: this.#nextId++, uuid: uuid ?? this.#newUuid(), content, properties: { ...properties }, parent, page, children: [] };
		this.#blocks.set(block.id, block);
		this.#byUuid.set(block.uuid, block);
		return block;
	}

	#childList(parent: number): number[] {
		const list = this.#blocks.get(parent)?.children ?? this.#pages.get(parent)?.children;
		if (!list) throw new Error(`no block or page ${parent}`);
		return list;
	}

	#leftOf(id: number): number {
		const block = this.#blocks.get(id);
		if (!block) throw new Error(`no block ${id}`);
		const list = this.#childList(block.parent);
		const index = list.indexOf(id);
		return index > 0 ? list[index - 1] : block.parent;
	}

	#entity(id: number): EntityBlock {
		const block = this.#blocks.get(id);
		if (!block) throw new Error(`no block ${id}`);
		return {
			id: block.id,
			uuid: block.uuid,
			content: block.content,
			properties: { ...block.properties },
			parent: { id: block.parent },
			left: { id: this.#leftOf(id) },
			page: { id: block.page },
			children: block.children.map((child) => this.#entity(child)),
			...(block.preBlock ? { "preBlock?": true } : {}),
		};
	}
}

/** Content with its properties as the file graph writes them (`property/insert-properties`): `key:: value` lines after it. */
export function withPropertyLines(content: string, properties: Record<string, string>): string {
	const lines = Object.entries(properties).map(([key, value]) => `${key}:: ${value}`);
	return [content, ...lines].join("\n");
}

function ids(forest: readonly SeedBlock[]): string[] {
	return forest.flatMap((seed) => [...(seed.properties?.id !== undefined ? [seed.properties.id] : []), ...ids(seed.children ?? [])]);
}
