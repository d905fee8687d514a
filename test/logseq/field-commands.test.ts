import { visibleText } from "../../src/core/logseq/page-blocks";
import type { EntityBlock } from "../support/logseq-block-store";
import { callsTo } from "./fake-logseq";
import { settle, startOnFake } from "./plugin-fixture";

const VENTURE = "Exotic Pet Rental";

/** The step heading above the block being edited. */
function editedStep(fake: ReturnType<typeof startOnFake>): string {
	const find = (nodes: readonly EntityBlock[], parent: EntityBlock | null): string | null => {
		for (const node of nodes) {
			if (node.uuid === fake.store.editing) return parent ? visibleText(parent) : "";
			const found = find(node.children, node);
			if (found !== null) return found;
		}
		return null;
	};
	return find(fake.store.tree(VENTURE) ?? [], null) ?? "(nothing edited)";
}

async function withWorksheet() {
	const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }] });
	await fake.slash("Insert profile template", (fake.store.tree(VENTURE) ?? [])[0].uuid);
	await settle();
	return fake;
}

describe("Go to next field / previous field in Logseq", () => {
	it("registers both as palette commands with keybindings of their own, not Tab", () => {
		const fake = startOnFake({ [VENTURE]: [] });
		const keys = callsTo(fake, "App.registerCommandPalette").map((call) => call.args[0] as { key: string; keybinding?: { binding: string } });
		expect(keys.filter((opts) => opts.key.endsWith("field")).map((opts) => [opts.key, opts.keybinding?.binding])).toEqual([
			["next-field", "mod+shift+n"],
			["previous-field", "mod+shift+b"],
		]);
	});

	it("goes from the first field to the next step's field, and back", async () => {
		const fake = await withWorksheet();
		expect(editedStep(fake)).toBe("### Identify target customer segments");
		await fake.palette("next-field");
		expect(editedStep(fake)).toBe("### Develop customer profiles");
		await fake.palette("previous-field");
		expect(editedStep(fake)).toBe("### Identify target customer segments");
	});

	it("skips a field once it holds an answer, and wraps round from the last field to the first", async () => {
		const fake = await withWorksheet();
		fake.store.save(fake.store.editing ?? "", "We focus on families with children.");
		await fake.palette("previous-field");
		expect(editedStep(fake)).toMatch(/^How can we measure and track the satisfaction and loyalty of our stakeholders/);
		await fake.palette("next-field");
		expect(editedStep(fake)).toBe("### Develop customer profiles");
	});

	it("says there is no field, and edits nothing, on a page without a worksheet", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }, { content: "" }] });
		await fake.palette("next-field");
		expect(fake.messages).toEqual(["No field left to fill on this page."]);
		expect(callsTo(fake, "Editor.editBlock")).toHaveLength(0);
	});
});
