/** The demo vault's graph read from disk, as vault paths and texts, for the graph tests. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const VAULT = join(__dirname, "..", "..", "demo-vault");

/** Every file under demo-vault/graph/, keyed by vault path ("graph/pages/…"). */
export function demoGraph(): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.set(relative(VAULT, path).split("\\").join("/"), readFileSync(path, "utf8"));
		}
	};
	walk(join(VAULT, "graph"));
	return files;
}

/** A test fixture's text. */
export function fixture(name: string): string {
	return readFileSync(join(__dirname, "..", "fixtures", name), "utf8");
}
