import { examplesBesidesNote } from "../../../src/core/sidebar/examples-besides-note";

const EXAMPLES = [
	{ title: "Space X", body: "Sell reliability to space agencies." },
	{ title: "Exotic Pet Rental", body: "Trial weekends for families." },
	{ title: "Tortoise Taxi", body: "Slow rides,\nbooked a week ahead." },
	{ title: "Empty", body: "  \n" },
];
const titles = (note: string, name: string) => examplesBesidesNote(EXAMPLES, note, name).map((example) => example.title);

describe("examplesBesidesNote", () => {
	it("keeps every example with text when none is the note", () => {
		expect(titles("# Dumpling stall\nA stall.", "Dumpling stall")).toEqual(["Space X", "Exotic Pet Rental", "Tortoise Taxi"]);
	});

	it("leaves out the example named like the note's file, whatever its case and punctuation", () => {
		expect(titles("A stall.", "exotic pet rental!")).toEqual(["Space X", "Tortoise Taxi"]);
	});

	it("leaves out the example named like the note's title, the front matter aside", () => {
		expect(titles("---\ntype: venture\n---\n# Exotic Pet Rental\nA stall.", "Draft 3")).toEqual(["Space X", "Tortoise Taxi"]);
	});

	it("leaves out an example whose text the note holds, however it is wrapped", () => {
		expect(titles("# Ours\n\n## Sales strategy\nSlow rides, booked a\nweek ahead.\n", "Draft 3")).toEqual(["Space X", "Exotic Pet Rental"]);
	});
});
