/**
 * The longer sentences innCoPilot says (setting descriptions, failure messages, notices), kept in this folder's .txt
 * files as one `key: text` a line and packed with the bundled library, where they cost half their size in main.js.
 * Read on first use, never at start-up. `{name}` in a text is a slot for a value.
 */
import { lazy } from "../lazy";
import { bundledFiles } from "../library/packed-text";

const WORDING = lazy(() => {
	const texts = new Map<string, string>();
	for (const [path, text] of bundledFiles()) {
		if (!path.startsWith("wording/")) continue;
		for (const line of text.split("\n")) {
			const colon = line.indexOf(": ");
			if (colon > 0) texts.set(line.slice(0, colon), line.slice(colon + 2));
		}
	}
	return texts;
});

/** The text named `key`, each `{name}` slot filled from `values` (the key itself if no file names it: a test sees to that). */
export function words(key: string, values: Readonly<Record<string, string | number>> = {}): string {
	return (WORDING().get(key) ?? key).replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}
