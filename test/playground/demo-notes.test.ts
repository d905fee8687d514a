import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { DEMO_NOTES, FIRST_NOTE } from "../../playground/demo-notes";

const VAULT = join(__dirname, "..", "..", "demo-vault");

/** Every Markdown file under `dir`, skipping Obsidian's own folder. */
function notesIn(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		if (name === ".obsidian") return [];
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return notesIn(path);
		return name.endsWith(".md") ? [path] : [];
	});
}

describe("the playground's demo notes", () => {
	it("are exactly the notes of demo-vault/, with the same text", () => {
		const onDisk = notesIn(VAULT).map((path) => relative(VAULT, path).split("\\").join("/")).sort();
		expect(Object.keys(DEMO_NOTES).sort()).toEqual(onDisk);
		for (const path of onDisk) expect(DEMO_NOTES[path]).toBe(readFileSync(join(VAULT, path), "utf8"));
	});

	it("open on a note that exists", () => {
		expect(DEMO_NOTES[FIRST_NOTE]).toContain("# Exotic Pet Rental");
	});
});
