/** Starts the Logseq plugin against the fake `logseq`, with a picker that answers as a test says. */
import type { CatalogProfile } from "../../src/core/catalog/profile-catalog";
import { startPlugin } from "../../src/logseq/plugin";
import type { ExistingWorksheetChoice } from "../../src/ui/existing-worksheet-question";
import type { DebouncePort } from "../../src/ui/sidebar/sidebar-host";
import type { SeedBlock } from "../support/logseq-block-store";
import { fakeLogseq, type FakeLogseq } from "./fake-logseq";

/** The fake, the names the picker was offered, the profiles the second-worksheet question was asked about and its answer, and the uuids the plugin minted. */
export interface Started extends FakeLogseq {
	offered: string[][];
	asked: string[];
	answer: ExistingWorksheetChoice;
	minted: string[];
	clipboard: string[];
}

/** The panel element as far as a hidden panel touches it (its `hidden` flag); drawing needs Chromium. */
const NO_DOM = { hidden: true } as unknown as HTMLElement;

/** The sidebar's debounce port on Node's timers. */
export const nodeDebounce: DebouncePort = (run, ms) => {
	let timer: ReturnType<typeof setTimeout> | null = null;
	const cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
	};
	return Object.assign(() => {
		cancel();
		timer = setTimeout(run, ms);
	}, { cancel });
};

/** The bundled Sales strategy, the profile most tests pick. */
export function salesStrategy(entries: readonly CatalogProfile[]): CatalogProfile | null {
	return entries.find((entry) => entry.profile.name === "Sales strategy") ?? null;
}

/** How a test's user answers the picker: the profile picked (null: Escape), after highlighting any as it likes. */
export type Chooser = (entries: readonly CatalogProfile[], highlighted: (entry: CatalogProfile) => void) => CatalogProfile | null | Promise<CatalogProfile | null>;

/** Starts the plugin on a fake holding `pages`; the picker picks `choose(entries, highlighted)` (null: the user pressed Escape). */
export function startOnFake(
	pages: Record<string, SeedBlock[]>,
	choose: Chooser = salesStrategy,
	settings: Record<string, unknown> = {},
): Started {
	const answer: ExistingWorksheetChoice = "go";
	const started: Started = Object.assign(fakeLogseq(pages, settings), {
		offered: [] as string[][],
		asked: [] as string[],
		answer,
		minted: [] as string[],
		clipboard: [] as string[],
	});
	let counter = 0;
	startPlugin(started.host, {
		pick: async (entries, highlighted) => {
			started.offered.push(entries.map((entry) => entry.profile.name));
			// The choice goes into the calls as "picker.choose".
			const entry = await choose(entries, highlighted);
			started.calls.push({ method: "picker.choose", args: [] });
			// The picker closing goes into the SDK calls as "picker.close", so a test sees it in order among them.
			return entry && { entry, close: () => void started.calls.push({ method: "picker.close", args: [] }) };
		},
		ask: async (profileName) => {
			started.asked.push(profileName);
			return started.answer;
		},
		newUuid: () => {
			const id = `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`;
			started.minted.push(id);
			return id;
		},
		// jest runs without a DOM: these tests never show the panel (its drawing is walked in Chromium, logseq.spec.mjs).
		panel: { root: NO_DOM, debounce: nodeDebounce, writeClipboard: async (text) => void started.clipboard.push(text) },
	});
	return started;
}

/** Waits until the fake host's pending timers (its setTimeout(0) edits) and the plugin's promises have run. */
export function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 10));
}
