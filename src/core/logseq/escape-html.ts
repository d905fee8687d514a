/** Escaping for text that goes into an HTML template handed to the Logseq host (`provideUI`). */

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;" };

/** Text made inert in element content and in quoted attribute values: every character HTML could read as markup is an entity. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"'`=]/g, (char) => ENTITIES[char]);
}
