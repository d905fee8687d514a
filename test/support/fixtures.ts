/** Reads the real notes kept in test/fixtures, named by scenario. */
import { readFileSync } from "fs";
import { join } from "path";

/** The text of one fixture note. */
export function fixture(name: string): string {
	return readFileSync(join(__dirname, "..", "fixtures", name), "utf8");
}
