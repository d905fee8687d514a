/** Light and dark themes, switched as Obsidian does: a `theme-light` or `theme-dark` class on the body. */

/** Which theme is shown. */
export type ThemeName = "light" | "dark";

/** The theme the system asks for. */
export function preferredTheme(win: Window): ThemeName {
	return win.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Shows `theme`. */
export function applyTheme(body: HTMLElement, theme: ThemeName): void {
	body.classList.toggle("theme-dark", theme === "dark");
	body.classList.toggle("theme-light", theme === "light");
}

/** The theme shown now. */
export function currentTheme(body: HTMLElement): ThemeName {
	return body.classList.contains("theme-dark") ? "dark" : "light";
}
