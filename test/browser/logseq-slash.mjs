// The slash-command journey every Logseq page script starts with, written once: the tests, the insertion bench and the
// README picture all open the picker the way a user does.

/** Clicks at the end of the block whose text matches `text`, types "/Insert" and Enter, and waits for the plugin's picker; returns the plugin's frame. */
export async function openPickerFromSlash(page, text) {
  await page.locator(".block-content", { hasText: text }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.type("/Insert");
  await page.keyboard.press("Enter");
  const frame = page.frameLocator("#inncopilot_iframe");
  await frame.locator(".inncopilot-suggest-input").waitFor();
  return frame;
}
