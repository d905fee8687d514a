/** Handlebars templates are bundled as text (esbuild's text loader; a jest transform in tests). */
declare module "*.hbs" {
	const text: string;
	export default text;
}

/** Bundled profile pages are text too. */
declare module "*.md" {
	const text: string;
	export default text;
}
