/** The bundled tool library: what each business-modelling tool a bundled profile links to is for, in our own words. */
import { lazy } from "../lazy";
import type { Tool } from "../profile/profile";
import { readToolNote } from "../tools/tool-note";
import { bundledFolder } from "./packed-text";

/**
 * Tools with their aliases and a short summary, shipped as tool notes (packed, src/core/library/tools/*.md) and read
 * with the same reader as a vault's, once; a vault's own tool notes take precedence over these.
 */
export const bundledTools = lazy((): readonly Tool[] =>
	bundledFolder("library/tools").map(([file, text]) => {
		const { aliases, summary } = readToolNote(text);
		return { name: file.replace(/\.md$/, ""), aliases, summary };
	}),
);
