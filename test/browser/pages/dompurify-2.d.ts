/** DOMPurify 2.3.8 (installed as "dompurify-2") ships no types; this is the one call the test host makes. */
declare module "dompurify-2" {
	const DOMPurify: { sanitize(dirty: string, config?: Record<string, unknown>): string };
	export default DOMPurify;
}
