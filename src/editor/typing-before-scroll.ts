/** Keeps fast typing in order while the editor scrolls, working around a race in the CodeMirror Obsidian ships. */
import { EditorView } from "@codemirror/view";

/**
 * Makes CodeMirror read each typed character, with the cursor after it, before a scroll event can read it.
 *
 * Chromium may deliver a scroll event after a key's character is in the DOM but before the MutationObserver reports
 * it. @codemirror/view before 6.43.15 (Obsidian 1.13 ships 6.38.6) then reads the character on that scroll with the
 * cursor as it was before the key, so the cursor stays in front of the character and the rest of the typing goes in
 * before it: "Families" comes out as "Famiies…l". It takes a scroll within a frame of a key: typing at once into a
 * field an insertion or a jump has just scrolled to, key auto-repeat, or a tool that types for the user.
 *
 * The listener itself is the fix: when an `input` listener returns, the browser runs its microtasks, the
 * MutationObserver among them, so CodeMirror reads the character and the cursor together before any scroll event.
 */
export const typingBeforeScroll = EditorView.domEventObservers({ input: () => undefined });
