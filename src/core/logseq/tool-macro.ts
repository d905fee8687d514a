/** The `{{renderer :inncopilot-tool, Name}}` macro that asks the plugin for a tool's summary chip in a block. */

/** The macro's renderer name, as Logseq passes it to `App.onMacroRendererSlotted` (with its leading colon). */
export const TOOL_RENDERER = ":inncopilot-tool";

/** " {{renderer :inncopilot-tool, Name}}" for a name the macro can carry whole, or "" (commas and braces would split or end it). */
export function toolChipMacro(name: string): string {
	const clean = name.trim();
	if (clean === "" || /[,{}\n\r]/.test(clean)) return "";
	return ` {{renderer ${TOOL_RENDERER}, ${clean}}}`;
}

/** The tool name a renderer macro's arguments carry, or null when the macro is not ours. */
export function toolNameOfMacro(args: readonly string[]): string | null {
	const [renderer, ...rest] = args.map((arg) => arg.trim());
	if (renderer !== TOOL_RENDERER) return null;
	const name = rest.join(", ").trim();
	return name === "" ? null : name;
}
