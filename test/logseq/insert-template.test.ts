import { pageText, visibleText, type PageBlock } from "../../src/core/logseq/page-blocks";
import { bundledProfiles } from "../../src/core/library/profiles";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import { logseqWorksheet } from "../../src/core/logseq/logseq-worksheet";
import type { EntityBlock } from "../support/logseq-block-store";
import { callsTo } from "./fake-logseq";
import { HIGHLIGHT_REST_MS } from "../../src/logseq/worksheet-ahead";
import { salesStrategy, settle, startOnFake } from "./plugin-fixture";

const VENTURE = "Exotic Pet Rental";
const bundled = bundledProfiles().find((profile) => profile.name === "Sales strategy");

function tree(fake: ReturnType<typeof startOnFake>): EntityBlock[] {
	return fake.store.tree(VENTURE) ?? [];
}

function texts(blocks: readonly EntityBlock[]): string[] {
	return blocks.map((node) => visibleText(node));
}

describe("Insert profile template in Logseq, against the fake host", () => {
	it("inserts the whole worksheet with one insertBatchBlock, as the next siblings of the block with text, in one transaction", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals for a weekend." }, { content: "Pricing notes" }] });
		const from = tree(fake)[0].uuid;
		await fake.slash("Insert profile template", from);
		await settle();
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(1);
		expect(callsTo(fake, "Editor.insertBatchBlock")[0].args[0]).toBe(from);
		expect(fake.store.transactions).toEqual([{ op: "insert-blocks", blocks: expect.any(Number) as number }]);
		expect(texts(tree(fake))).toEqual(["We rent animals for a weekend.", "## Sales strategy", "Pricing notes"]);
	});

	it("reads nothing between the choice and the insertion, and closes the picker and hides the frame after it", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals for a weekend." }] });
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		await settle();
		const after = fake.calls.map((call) => call.method).slice(fake.calls.findIndex((call) => call.method === "picker.choose") + 1);
		expect(after.slice(0, after.indexOf("Editor.insertBatchBlock") + 1)).toEqual(["Editor.insertBatchBlock"]);
		expect(after.slice(after.indexOf("Editor.insertBatchBlock") + 1)).toEqual(["picker.close", "hideMainUI", "Editor.editBlock"]);
		expect(callsTo(fake, "hideMainUI").map((call) => call.args[0])).toEqual([{ restoreEditingCursor: false }]);
	});

	it("places the worksheet on the block's text as the host saved it while the picker was open, not as it was when the picker opened", async () => {
		// The host saves the block once the typed "/command" is gone, while the user is in the picker, and reports the change.
		const fake: ReturnType<typeof startOnFake> = startOnFake({ [VENTURE]: [{ content: "We rent animals." }, { content: "/Ins" }] }, async (entries) => {
			await settle();
			fake.store.save(typed.uuid, "");
			fake.dbChanged([fake.store.block(typed.uuid) ?? typed]);
			return salesStrategy(entries);
		});
		const [text, typed] = tree(fake);
		await fake.slash("Insert profile template", typed.uuid);
		await settle();
		expect(texts(tree(fake))).toEqual(["We rent animals.", "## Sales strategy", ""]);
		expect(callsTo(fake, "Editor.insertBatchBlock").map((call) => call.args[0])).toEqual([text.uuid]);
	});

	it("stores every block exactly as built: the host's first-block-only parse cuts nothing", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }] });
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		const built = bundled && logseqWorksheet(bundled, new TemplateEngine());
		if (!built?.ok) throw new Error("the bundled worksheet did not build");
		const stored = tree(fake)[1];
		const strip = (text: string) => text.replace(/\n\s*id:: [0-9a-f-]+/g, "").replace(/^- \n/gm, "-\n");
		expect(strip(pageText([stored as unknown as PageBlock]))).toBe(
			strip(pageText(built.value.blocks.map(function withProps(node): PageBlock {
				const lines = Object.entries(node.properties).map(([key, value]) => `${key}:: ${value}`);
				return { uuid: "", content: [node.content, ...lines].join("\n"), children: node.children.map(withProps) };
			}))),
		);
	});

	it("opens the first field (an empty block under the first step) for editing, after the host's own edit of the last block", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }] });
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		await settle();
		const worksheet = tree(fake)[1];
		const firstStep = worksheet.children.find((child) => visibleText(child).startsWith("### "));
		expect(firstStep && visibleText(firstStep)).toBe("### Identify target customer segments");
		const field = firstStep?.children[0];
		expect(field && visibleText(field)).toBe("");
		expect(field?.uuid).toBe(fake.minted[0]);
		expect(fake.store.editing).toBe(fake.minted[0]);
		expect(callsTo(fake, "Editor.editBlock").map((call) => call.args[0])).toEqual([fake.minted[0]]);
	});

	it("puts the worksheet before the empty block a slash command leaves, so it follows the worksheet, with no second call", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }, { content: "" }] });
		const [text, empty] = tree(fake);
		await fake.slash("Insert profile template", empty.uuid);
		await settle();
		expect(callsTo(fake, "Editor.insertBatchBlock").map((call) => [call.args[0], call.args[2]])).toEqual([[text.uuid, { sibling: true, keepUUID: true }]]);
		expect(texts(tree(fake))).toEqual(["We rent animals.", "## Sales strategy", ""]);
		expect(tree(fake)[2].uuid).toBe(empty.uuid);
		expect(fake.store.transactions).toHaveLength(1);
		// The block before it comes from the page read while the picker was open, not from one more read after the choice.
		expect(callsTo(fake, "Editor.getBlock").filter((call) => typeof call.args[0] === "number")).toEqual([]);
	});

	it("puts the worksheet as a parent's first children when the empty block is the parent's first child", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "Ideas", children: [{ content: "" }, { content: "Later" }] }] });
		const parent = tree(fake)[0];
		await fake.slash("Insert profile template", parent.children[0].uuid);
		expect(callsTo(fake, "Editor.insertBatchBlock").map((call) => [call.args[0], call.args[2]])).toEqual([[parent.uuid, { sibling: false, keepUUID: true }]]);
		expect(texts(tree(fake)[0].children)).toEqual(["## Sales strategy", "", "Later"]);
	});

	it("leaves an empty first block of the page above the worksheet (the API anchors on blocks, not pages)", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "" }] });
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		expect(texts(tree(fake))).toEqual(["", "## Sales strategy"]);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(1);
	});

	it("offers the graph's profile pages beside the bundled ones, and inserts the one picked", async () => {
		const pricing = [
			{ content: "tags:: profile" },
			{ content: "## 🔍 Definition", children: [{ content: "How a venture sets its prices." }] },
			{ content: "## 🤖 innCoPilot", children: [{ content: "What do customers pay today?" }] },
		];
		const fake = startOnFake({ [VENTURE]: [{ content: "Notes" }], "Profiles/Pricing": pricing }, (entries) => entries.find((entry) => entry.profile.name === "Pricing") ?? null);
		fake.store.editing = tree(fake)[0].uuid;
		await fake.palette("insert-profile-template");
		await settle();
		expect(fake.offered[0]).toEqual(expect.arrayContaining(["Pricing", "Sales strategy"]));
		expect(texts(tree(fake))).toEqual(["Notes", "## Pricing"]);
	});

	it("inserts the profile chosen, not the one whose worksheet was built while the highlight rested on it", async () => {
		const pricing = [
			{ content: "tags:: profile" },
			{ content: "## 🔍 Definition", children: [{ content: "How a venture sets its prices." }] },
			{ content: "## 🤖 innCoPilot", children: [{ content: "What do customers pay today?" }] },
		];
		const fake = startOnFake({ [VENTURE]: [{ content: "Notes" }], "Profiles/Pricing": pricing }, async (entries, highlighted) => {
			const chosen = salesStrategy(entries);
			const passed = entries.find((entry) => entry.profile.name === "Pricing");
			if (passed) highlighted(passed);
			await new Promise((resolve) => setTimeout(resolve, HIGHLIGHT_REST_MS + 30));
			if (chosen) highlighted(chosen);
			return chosen;
		});
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		await settle();
		expect(texts(tree(fake))).toEqual(["Notes", "## Sales strategy"]);
	});

	it("inserts the worksheet built while the highlight rested on the profile, the same as one built at the choice", async () => {
		const rested = startOnFake({ [VENTURE]: [{ content: "Notes" }] }, async (entries, highlighted) => {
			const chosen = salesStrategy(entries);
			if (chosen) highlighted(chosen);
			await new Promise((resolve) => setTimeout(resolve, HIGHLIGHT_REST_MS + 30));
			return chosen;
		});
		const direct = startOnFake({ [VENTURE]: [{ content: "Notes" }] });
		await rested.slash("Insert profile template", tree(rested)[0].uuid);
		await direct.slash("Insert profile template", tree(direct)[0].uuid);
		await settle();
		expect(callsTo(rested, "Editor.insertBatchBlock")[0].args[1]).toEqual(callsTo(direct, "Editor.insertBatchBlock")[0].args[1]);
		expect(texts(tree(rested))).toEqual(["Notes", "## Sales strategy"]);
	});

	it("inserts nothing and says so when no block is being edited", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "Notes" }] });
		await fake.palette("insert-profile-template");
		await settle();
		expect(fake.messages).toEqual(["Click into a block first: the worksheet goes after it."]);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
	});

	it("changes nothing when the user leaves the picker, and gives the editing cursor back", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "Notes" }] }, () => null);
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
		expect(callsTo(fake, "hideMainUI").map((call) => call.args[0])).toEqual([{ restoreEditingCursor: true }]);
		expect(texts(tree(fake))).toEqual(["Notes"]);
	});

	it("names the broken template page and inserts nothing when the user's worksheet template does not parse", async () => {
		const fake = startOnFake(
			{ [VENTURE]: [{ content: "Notes" }], "Templates/Worksheet": [{ content: "{{#each steps}}" }] },
			undefined,
			{ worksheetTemplatePath: "Templates/Worksheet" },
		);
		await fake.slash("Insert profile template", tree(fake)[0].uuid);
		expect(fake.messages).toHaveLength(1);
		expect(fake.messages[0]).toContain("Templates/Worksheet");
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
	});

	describe("a second worksheet of the same profile", () => {
		async function twice(answer: "go" | "insert" | "cancel") {
			const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }, { content: "Later notes" }] });
			await fake.slash("Insert profile template", tree(fake)[0].uuid);
			await settle();
			fake.answer = answer;
			const before = callsTo(fake, "Editor.insertBatchBlock").length;
			await fake.slash("Insert profile template", tree(fake)[2].uuid);
			await settle();
			return { fake, inserted: callsTo(fake, "Editor.insertBatchBlock").length - before };
		}

		it("asks first, with the shared question, and asks nothing the first time", async () => {
			const { fake } = await twice("cancel");
			expect(fake.asked).toEqual(["Sales strategy"]);
		});

		it("goes to the worksheet's block by default, inserting nothing", async () => {
			const { fake, inserted } = await twice("go");
			expect(inserted).toBe(0);
			expect(fake.store.editing).toBe(tree(fake)[1].uuid);
			expect(texts(tree(fake))).toEqual(["We rent animals.", "## Sales strategy", "Later notes"]);
		});

		it("inserts another one when the user says so, still in one insertBatchBlock", async () => {
			const { fake, inserted } = await twice("insert");
			expect(inserted).toBe(1);
			expect(texts(tree(fake))).toEqual(["We rent animals.", "## Sales strategy", "Later notes", "## Sales strategy"]);
		});

		it("changes nothing on cancel and gives the editing cursor back", async () => {
			const { fake, inserted } = await twice("cancel");
			expect(inserted).toBe(0);
			expect(callsTo(fake, "hideMainUI").at(-1)?.args[0]).toEqual({ restoreEditingCursor: true });
			expect(texts(tree(fake))).toEqual(["We rent animals.", "## Sales strategy", "Later notes"]);
		});
	});

	it("registers a slash command and a palette command of the same name, without default keys", () => {
		const fake = startOnFake({ [VENTURE]: [] });
		expect(callsTo(fake, "Editor.registerSlashCommand").map((call) => call.args[0])).toEqual(["Insert profile template"]);
		const palette = callsTo(fake, "App.registerCommandPalette").map((call) => call.args[0] as { key: string; label: string; keybinding?: unknown });
		expect(palette.find((opts) => opts.key === "insert-profile-template")).toEqual({ key: "insert-profile-template", label: "Insert profile template" });
	});
});
