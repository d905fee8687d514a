/** Logseq's parser ships without types; this is the one call the tests use. */
declare module "mldoc" {
	export const Mldoc: { parseJson(text: string, config: string): string };
}
