import { callsTo } from "./fake-logseq";
import { settle, startOnFake } from "./plugin-fixture";

const PRICING = [{ content: "tags:: profile" }, { content: "## Definition", children: [{ content: "How a venture sets its prices." }] }];

describe("the graph's notes in the Logseq plugin", () => {
	it("reads nothing of the graph at start-up, nor on the graph's changes before the library is first needed", async () => {
		const fake = startOnFake({ Venture: [{ content: "Notes" }] });
		fake.dbChanged([{ id: 1 }]);
		await settle();
		expect(callsTo(fake, "Editor.getAllPages")).toHaveLength(0);
		expect(callsTo(fake, "Editor.getPageBlocksTree")).toHaveLength(0);
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
		await settle();
		expect(callsTo(fake, "Editor.getPageBlocksTree").slice(reads).map((call) => call.args[0])).toEqual(["Profiles/Pricing"]);
	});

	it("reads no page again when the change is to a page that is no profile", async () => {
		const fake = startOnFake({ Venture: [{ content: "Notes" }] }, () => null);
		fake.store.editing = fake.store.tree("Venture")?.[0].uuid ?? null;
		await fake.palette("insert-profile-template");
		await settle();
		const reads = callsTo(fake, "Editor.getPageBlocksTree").length;
		fake.dbChanged([{ id: 2, page: { id: fake.store.page("Venture")?.id ?? -1 } }]);
		await settle();
		expect(callsTo(fake, "Editor.getPageBlocksTree").slice(reads)).toEqual([]);
	});
});
