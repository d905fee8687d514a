import { GraphNotes } from "../../src/logseq/graph-notes";
import { GRAPH_REFRESH_MS } from "../../src/logseq/plugin";
import { callsTo } from "./fake-logseq";
import { settle, startOnFake } from "./plugin-fixture";

/** Waits past the pause after which the plugin reads the graph's changes. */
const pause = () => new Promise((resolve) => setTimeout(resolve, GRAPH_REFRESH_MS + 100));

const PRICING = [{ content: "tags:: profile" }, { content: "## Definition", children: [{ content: "How a venture sets its prices." }] }];

describe("the graph's notes in the Logseq plugin", () => {
	it("reads nothing of the graph at start-up, nor on the graph's changes before the library is first needed", async () => {
		const fake = startOnFake({ Venture: [{ content: "Notes" }] });
		fake.dbChanged([{ id: 1 }]);
		await pause();
		expect(callsTo(fake, "Editor.getAllPages")).toHaveLength(0);
		expect(callsTo(fake, "Editor.getPageBlocksTree")).toHaveLength(0);
	});

	it("reads the graph's changes once they pause, all at once", async () => {
		const fake = startOnFake({ Venture: [{ content: "Notes" }] }, () => null);
		fake.store.editing = fake.store.tree("Venture")?.[0].uuid ?? null;
		await fake.palette("insert-profile-template");
		await settle();
		const listed = callsTo(fake, "Editor.getAllPages").length;
		for (let i = 0; i < 5; i++) fake.dbChanged([{ id: 2, page: { id: 1 } }]);
		await settle();
		expect(callsTo(fake, "Editor.getAllPages")).toHaveLength(listed);
		await pause();
		expect(callsTo(fake, "Editor.getAllPages")).toHaveLength(listed + 1);
	});

	it("after the picker's first reading, learns of a profile page made later from the graph's change, reading only that page", async () => {
		const fake = startOnFake({ Venture: [{ content: "Notes" }] }, () => null);
		fake.store.editing = fake.store.tree("Venture")?.[0].uuid ?? null;
		await fake.palette("insert-profile-template");
		await settle();
		fake.store.addPage("Profiles/Pricing", PRICING);
		const id = fake.store.page("Profiles/Pricing")?.id ?? -1;
		const reads = callsTo(fake, "Editor.getPageBlocksTree").length;
		fake.dbChanged([{ id: id + 1, page: { id } }]);
		await pause();
		expect(callsTo(fake, "Editor.getPageBlocksTree").slice(reads).map((call) => call.args[0])).toEqual(["Profiles/Pricing"]);
	});

	it("reads again only the changed page (any page of a graph may be an example page or become a profile), none of the others", async () => {
		const fake = startOnFake({ Venture: [{ content: "Notes" }], "Profiles/Pricing": PRICING, Journal: [{ content: "Met a supplier" }] }, () => null);
		fake.store.editing = fake.store.tree("Venture")?.[0].uuid ?? null;
		await fake.palette("insert-profile-template");
		await settle();
		const reads = callsTo(fake, "Editor.getPageBlocksTree").length;
		fake.dbChanged([{ id: 2, page: { id: fake.store.page("Venture")?.id ?? -1 } }]);
		await pause();
		expect(callsTo(fake, "Editor.getPageBlocksTree").slice(reads).map((call) => call.args[0])).toEqual(["Venture"]);
	});
});

describe("GraphNotes when the host fails a call", () => {
	it("rejects that refresh and still runs the next one", async () => {
		let fail = true;
		const editor = {
			getAllPages: async () => {
				if (fail) throw new Error("the host is busy");
				return [{ id: 1, uuid: "p", name: "pricing", originalName: "Pricing" }] as never;
			},
			getPage: async () => null,
			getPageBlocksTree: async () => [],
		};
		const notes = new GraphNotes(editor, []);
		await expect(notes.refresh()).rejects.toThrow("the host is busy");
		fail = false;
		await notes.refresh();
		expect(notes.resolveLink("pricing")).toBe("Pricing.md");
	});
});
