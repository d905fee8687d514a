// What the insertion bench times beside the command, straight in the test host's page: one bare insertBatchBlock into the
// block store, and the floor under it, mldoc's parse of each block (bench/logseq-insert.bench.mjs).
import { Mldoc } from "mldoc";
import { withPropertyLines, type LogseqBlockStore, type SeedBlock } from "../../support/logseq-block-store";
import { LOGSEQ_MLDOC_CONFIG } from "../../support/logseq-outline";

/** Timed calls on `store`, each answering its milliseconds. */
export function bareCalls(store: LogseqBlockStore) {
	let scratch = 0;
	return {
		/** One bare insertBatchBlock of `batch` straight into the store, timed, on a scratch page. */
		bareInsert(batch: SeedBlock[]): number {
			const name = store.addPage(`Scratch ${++scratch}`, [{ content: "anchor" }]);
			const anchor = (store.tree(name) ?? [])[0].uuid;
			const started = performance.now();
			store.insertBatch(anchor, batch, { sibling: true });
			return performance.now() - started;
		},
		/**
		 * The floor under any insertBatchBlock of `batch`: only mldoc's parse of each block's text at Logseq's configuration,
		 * which the 0.10.9 host runs once per block (`block-tree->blocks` in frontend/handler/editor.cljs, `mldoc/->edn`),
		 * and this store likewise (`firstBlockOnly`).
		 */
		bareParse(batch: SeedBlock[]): number {
			const texts: string[] = [];
			const walk = (seeds: readonly SeedBlock[]) => {
				for (const seed of seeds) {
					texts.push(`- ${withPropertyLines(seed.content, seed.properties ?? {})}`);
					walk(seed.children ?? []);
				}
			};
			walk(batch);
			const started = performance.now();
			for (const text of texts) Mldoc.parseJson(text, LOGSEQ_MLDOC_CONFIG);
			return performance.now() - started;
		},
	};
}
