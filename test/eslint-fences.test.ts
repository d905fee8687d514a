/**
 * The lint fences of eslint.config.mjs, proved on snippets: each forbidden import in each fenced folder is an error
 * whose message says why, and the same import elsewhere is not. ESLint runs in a child process (its config is ESM).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** A snippet linted as if it were the file at `file`; existing paths keep TypeScript's project service happy. */
interface Case {
	file: string;
	code: string;
}

/** The no-restricted-imports / no-restricted-globals messages ESLint gives each case, in order. */
function fenceMessages(cases: readonly Case[]): string[][] {
	const script = `
		import { ESLint } from "eslint";
		const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
		const cases = JSON.parse(process.argv[1]);
		const out = [];
		for (const { file, code } of cases) {
			const [result] = await eslint.lintText(code, { filePath: file });
			out.push(result.messages.filter((m) => ["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"].includes(m.ruleId ?? "")).map((m) => m.message));
		}
		process.stdout.write(JSON.stringify(out));
	`;
	const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(cases)], { cwd: ROOT, encoding: "utf8" });
	if (run.status !== 0) throw new Error(run.stderr);
	return JSON.parse(run.stdout) as string[][];
}

const obsidianImport = 'import { Notice } from "obsidian";\nexport const notice = Notice;\n';

describe("the lint fences", () => {
	const results = fenceMessages([
		{ file: "src/core/ports.ts", code: obsidianImport },
		{ file: "src/core/ports.ts", code: 'import { EditorView } from "@codemirror/view";\nexport const view = EditorView;\n' },
		{ file: "src/core/ports.ts", code: "export const body = document.body;\n" },
		{ file: "src/ui/tool-chip.ts", code: obsidianImport },
		{ file: "src/editor/apply-change.ts", code: obsidianImport },
		{ file: "src/ui/tool-chip.ts", code: 'import { COPILOT_VIEW_TYPE } from "../obsidian/sidebar/copilot-view";\nexport const type = COPILOT_VIEW_TYPE;\n' },
		{ file: "playground/theme.ts", code: 'import { COPILOT_VIEW_TYPE } from "../src/obsidian/sidebar/copilot-view";\nexport const type = COPILOT_VIEW_TYPE;\n' },
		{ file: "playground/theme.ts", code: 'import { memoryVault } from "../test/support/profile-lookup";\nexport const vault = memoryVault;\n' },
		{ file: "playground/theme.ts", code: 'import { windowDebounce } from "../src/ui/window-debounce";\nexport const debounce = windowDebounce;\n' },
		{ file: "src/obsidian/editor-target.ts", code: obsidianImport },
		{ file: "src/core/note/links.ts", code: "export const tag = /[\\p{L}\\p{N}_-]/u;\n" },
		{ file: "src/core/note/links.ts", code: 'export const tag = /[\\w-]/u;\nexport const lazyTag = () => new RegExp("[\\\\p{L}]", "u");\n' },
	]);

	it("keeps obsidian, CodeMirror and the DOM out of src/core", () => {
		expect(results.slice(0, 3)).toEqual([
			[expect.stringMatching(/src\/core is pure: the Obsidian API belongs in src\/obsidian/)],
			[expect.stringMatching(/src\/core is pure: editor code belongs in src\/obsidian or src\/editor/)],
			["Unexpected use of 'document'. src/core has no DOM."],
		]);
	});

	it("keeps obsidian out of src/ui and src/editor, and keeps them from reaching into a host's adapters", () => {
		expect(results.slice(3, 6)).toEqual([
			[expect.stringMatching(/src\/editor and src\/ui are host-neutral/)],
			[expect.stringMatching(/src\/editor and src\/ui are host-neutral/)],
			[expect.stringMatching(/must not reach into a host's adapters/)],
		]);
	});

	it("keeps the playground off the Obsidian adapters and off test code, but lets it use src/ui", () => {
		expect(results.slice(6, 9)).toEqual([
			[expect.stringMatching(/The playground must not use the Obsidian adapters/)],
			[expect.stringMatching(/The playground ships to users: it must not depend on test code/)],
			[],
		]);
	});

	it("lets src/obsidian import obsidian", () => {
		expect(results[9]).toEqual([]);
	});

	it("keeps \\p{…} regular expression literals, which slow every start-up, out of src/ but allows them built on first use", () => {
		expect(results.slice(10, 12)).toEqual([[expect.stringMatching(/costs start-up time even where it never runs: build it on first use with lazyPattern/)], []]);
	});
});
