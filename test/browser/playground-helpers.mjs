// Shared by the playground specs: reading the playground's editor and the vault, and moving around the notes.

/** The open note's text, as the editor holds it. */
export function docText(page) {
  return page.evaluate(() => window.playground.view.state.doc.toString());
}

/** The text the in-memory vault holds for `path`. */
export function vaultText(page, path) {
  return page.evaluate((wanted) => window.playground.vault.read(wanted), path);
}

/** The text of the line the cursor is on. */
export function cursorLine(page) {
  return page.evaluate(() => {
    const { state } = window.playground.view;
    return state.doc.lineAt(state.selection.main.head).text;
  });
}

/** Scrolls the editor so that the first line holding `text` is in view (the editor draws visible lines only). */
export async function showLine(page, text) {
  await page.evaluate((wanted) => {
    const { view } = window.playground;
    const at = view.state.doc.toString().indexOf(wanted);
    if (at === -1) throw new Error(`the note has no line with “${wanted}”`);
    view.dispatch({ effects: view.constructor.scrollIntoView(at, { y: "center" }) });
  }, text);
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
}

/** Opens a note by clicking its name in the note list. */
export function openNote(page, name) {
  return page.getByRole("navigation", { name: "Notes" }).getByRole("button", { name, exact: true }).click();
}

/** Runs a command as a user does: Ctrl-P, a fuzzy query, Enter; with `choice`, types it into the picker that opens and presses Enter again. */
export async function runCommand(page, query, choice) {
  await page.keyboard.press("Control+p");
  await page.keyboard.type(query);
  await page.keyboard.press("Enter");
  if (choice === undefined) return;
  await page.keyboard.type(choice);
  await page.keyboard.press("Enter");
}
