/**
 * Writes an innBoK-shaped graph of any size, for benchmarks and scale tests: profile pages with their key pages and
 * example pages, and as many class, topic and journal pages as it takes to reach the page count. Deterministic.
 */
import { fileNameOfPage } from "../../src/core/graph/page-names";

/** How large a graph to write. */
export interface GraphSize {
	pages: number;
	profiles: number;
	keysPerProfile: number;
	examplesPerProfile: number;
}

/** 1,600 pages, 150 of them profiles with two keys and three examples each. */
export const BENCH_GRAPH: Readonly<GraphSize> = { pages: 1600, profiles: 150, keysPerProfile: 2, examplesPerProfile: 3 };

const STEPS = ["Name the customer", "Set the anchor price", "Choose the channel", "Count the costs", "Test with ten people", "Decide what to drop"];
const WORDS = "stall market customer price channel queue bundle evening season rival cost margin promise harvest council member".split(" ");

/** The graph's files by vault path under `root` (with a `logseq/config.edn`), texts as Logseq would write them. */
export function generateGraph(size: GraphSize = BENCH_GRAPH, root = "graph"): Map<string, string> {
	const files = new Map<string, string>();
	const page = (name: string, text: string) => files.set(`${root}/pages/${fileNameOfPage(name)}.md`, text);
	files.set(`${root}/logseq/config.edn`, "{:meta/version 1 :file/name-format :triple-lowbar}\n");
	for (let p = 0; p < size.profiles; p++) {
		const id = `concept-${p}`;
		const keys = Array.from({ length: size.keysPerProfile }, (_, k) => `profile-(id)/${id}/Key ${k} of ${p}?`);
		const examples = Array.from({ length: size.examplesPerProfile }, (_, e) => `profile-(id)/${id}/examples/Venture ${e}`);
		page(`profile-(id)/${id}_info`, profilePage(id, p, keys, examples));
		keys.forEach((key, k) => page(key, keyPage(p, k)));
		examples.forEach((example, e) => page(example, examplePage(p, e)));
	}
	for (let n = 0; files.size - 1 < size.pages; n++) {
		if (n % 3 === 0) page(`class ${n}`, `page-type:: [[class]]\n\n- ${sentence(n, 14)}\n`);
		else if (n % 3 === 1) page(`topic ${n}`, `page-type:: [[topic]]\n\n- ${sentence(n, 10)}\n- [[profile-(id)/concept-${n % size.profiles}_info]]\n`);
		else files.set(`${root}/journals/2026_${String(n).padStart(5, "0")}.md`, `- ${sentence(n, 20)}\n- TODO ${sentence(n + 1, 8)}\n`);
	}
	return files;
}

function profilePage(id: string, p: number, keys: readonly string[], examples: readonly string[]): string {
	return [
		"innbok-type:: internal",
		`metamodel-id:: [[profile-(id)/${id}]]`,
		`weight:: ${p % 40}`,
		"item-classes:: #[[offer]]",
		"",
		"- ## 🔍 Definition",
		`\t- ${sentence(p, 18)}.`,
		"- ## 📰 Content type (offer)",
		"\t- Content is of type list.",
		"\t- Content uses the following classes:",
		"\t\t- [[offer]]",
		"\t\t\t- {{embed [[offer]]}}",
		"- ## 📖 Description",
		`\t- ${sentence(p + 1, 60)}.`,
		"- ## 👉 Examples",
		...examples.flatMap((example) => [`\t- ### ${example}`, `\t  {{embed [[${example}]]}}`]),
		"- ## 🔑 Keys",
		...keys.flatMap((key, k) => [`\t- #key [[${key}]] [[**]] [[-+]]`, `\t  key-weight:: ${10 + ((p + k * 7) % 50)}`]),
		"- ## 🗄️ Topics",
		`\t- [[topic ${(p * 3 + 1) % 600}]]`,
		"",
	].join("\n");
}

function keyPage(p: number, k: number): string {
	return [
		"page-type:: [[key]]",
		`innbok-key-rating:: ${10 + k}`,
		"",
		`- #### ${sentence(p + k, 12)}.`,
		"- #questions",
		`\t- #question ${sentence(p * 2 + k, 10)}?`,
		`\t- #question ${sentence(p * 2 + k + 1, 9)}?`,
		"- #Risks",
		`\t- ### Risk ${k}`,
		`\t\t- ${sentence(p + 3, 14)}.`,
		"\t\t- #### mitigation strategy",
		`\t\t\t- ${sentence(p + 4, 12)}.`,
		"\t\t- #### contingency strategy",
		`\t\t\t- ${sentence(p + 5, 12)}.`,
		"- #TODOs",
		`\t- TODO ${sentence(p + 6, 8)}`,
		"",
	].join("\n");
}

function examplePage(p: number, e: number): string {
	return STEPS.map((step, s) => `- ${step}: ${sentence(p * 7 + e * 3 + s, 40)}.`).join("\n") + "\n";
}

/** A sentence of `count` words, different for each seed. */
function sentence(seed: number, count: number): string {
	const words: string[] = [];
	for (let i = 0; i < count; i++) words.push(WORDS[(seed * 31 + i * 17 + ((seed >> 2) ^ i)) % WORDS.length]);
	return words.join(" ");
}
