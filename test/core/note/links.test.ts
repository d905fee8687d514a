import { readNote } from "../../../src/core/note";

describe("links of the note model", () => {
	it("reads every kind of link outside code spans", () => {
		const note = readNote("[[A#h|x]] ![[B]] {{embed [[C]]}} #tag #[[Long tag]] `[[D]]` [y](E%20F.md#part) [w](https://e.org) #123");
		expect(note.links.map(({ kind, target, heading, alias }) => [kind, target, heading, alias])).toEqual([
			["wiki", "A", "h", "x"],
			["embed", "B", "", ""],
			["embed", "C", "", ""],
			["tag", "tag", "", ""],
			["tag", "Long tag", "", ""],
			["markdown", "E F", "part", ""],
		]);
	});

	it("keeps the line's links in order when it has tags and Markdown links but no wiki link", () => {
		const note = readNote("[a](A.md) #tag [b](B.md)");
		expect(note.links.map(({ kind, target }) => [kind, target])).toEqual([
			["markdown", "A"],
			["tag", "tag"],
			["markdown", "B"],
		]);
	});

	it("leaves out every kind of link inside a code span, and keeps those between spans", () => {
		const note = readNote("`[[A]] #a [x](X.md)` [[B]] ``#b`` #c `![[C]]` [y](Y.md)");
		expect(note.links.map(({ kind, target }) => [kind, target])).toEqual([
			["wiki", "B"],
			["tag", "c"],
			["markdown", "Y"],
		]);
	});

	it("reads one long line of `[[a]] in one walk over its code spans", () => {
		const note = readNote("`[[a]]".repeat(100_000));
		expect(note.links).toHaveLength(50_000);
	});
});
