/** Text squeezed onto one line: every run of white space (line breaks included) becomes one space, and the ends are trimmed. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
