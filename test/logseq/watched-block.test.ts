import { watchBlock } from "../../src/logseq/watched-block";
import { callsTo, fakeLogseq } from "./fake-logseq";

describe("The block a command runs from, kept fresh by the host's change reports", () => {
	it("answers the block's saved text after the host reports its change, with one more read", async () => {
		const fake = fakeLogseq({ Venture: [{ content: "/Ins" }] });
		const [typed] = fake.store.tree("Venture") ?? [];
		const watched = watchBlock(fake.host, typed.uuid);
		await watched.first;
		fake.store.save(typed.uuid, "");
		fake.dbChanged([{ id: typed.id, page: typed.page }]);
		expect((await watched.latest())?.content).toBe("");
		expect(callsTo(fake, "Editor.getBlock")).toHaveLength(2);
	});

	it("reads nothing more for changes to other blocks", async () => {
		const fake = fakeLogseq({ Venture: [{ content: "Ideas" }, { content: "Other" }] });
		const [ideas, other] = fake.store.tree("Venture") ?? [];
		const watched = watchBlock(fake.host, ideas.uuid);
		await watched.first;
		fake.dbChanged([{ id: other.id, page: other.page }]);
		expect((await watched.latest())?.content).toBe("Ideas");
		expect(callsTo(fake, "Editor.getBlock")).toHaveLength(1);
	});

	it("stops listening when told: a later change of the block is not read", async () => {
		const fake = fakeLogseq({ Venture: [{ content: "Ideas" }] });
		const [ideas] = fake.store.tree("Venture") ?? [];
		const watched = watchBlock(fake.host, ideas.uuid);
		await watched.first;
		watched.stop();
		fake.store.save(ideas.uuid, "Ideas, later");
		fake.dbChanged([{ id: ideas.id, page: ideas.page }]);
		expect((await watched.latest())?.content).toBe("Ideas");
		expect(callsTo(fake, "Editor.getBlock")).toHaveLength(1);
	});
});
