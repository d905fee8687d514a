/** Next and previous field on a Logseq page: the worksheet blocks still to fill, found again in any page tree. */
import { FIELD_PLACEHOLDER } from "../worksheet/worksheet-view";
import { childBlocks, visibleText, type PageBlock } from "./page-blocks";

/**
 * The uuids of a page's unfilled fields, in reading order: inside a worksheet (a block with a `profiles` property and its
 * descendants), every block with no visible text or still holding the placeholder `_…_`.
 */
export function pageFields(forest: readonly PageBlock[]): string[] {
	const fields: string[] = [];
	const visit = (nodes: readonly PageBlock[], inWorksheet: boolean) => {
		for (const node of nodes) {
			const text = visibleText(node);
			const worksheet = inWorksheet || node.properties?.profiles !== undefined;
			if (inWorksheet && (text === "" || text.includes(FIELD_PLACEHOLDER))) fields.push(node.uuid);
			visit(childBlocks(node), worksheet);
		}
	};
	visit(forest, false);
	return fields;
}

/** Every block's uuid in reading order. */
function readingOrder(forest: readonly PageBlock[]): string[] {
	return forest.flatMap((node) => [node.uuid, ...readingOrder(childBlocks(node))]);
}

/**
 * The field to edit next (or previous) from the block being edited: the first one after it in reading order, wrapping
 * round; from no block (or one not on the page), the first (or last). Null when the page has no field to go to.
 */
export function fieldFrom(forest: readonly PageBlock[], current: string | null, direction: "next" | "previous"): string | null {
	const order = readingOrder(forest);
	const fields = pageFields(forest).filter((uuid) => uuid !== current);
	if (fields.length === 0) return null;
	const here = current === null ? -1 : order.indexOf(current);
	const ranked = fields.map((uuid) => ({ uuid, at: order.indexOf(uuid) }));
	if (direction === "next") return (here === -1 ? ranked[0] : ranked.find((field) => field.at > here) ?? ranked[0]).uuid;
	if (here === -1) return ranked[ranked.length - 1].uuid;
	return ([...ranked].reverse().find((field) => field.at < here) ?? ranked[ranked.length - 1]).uuid;
}
