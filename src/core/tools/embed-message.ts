/** What the embed and replace commands say when they finish, the same in every host. */
import { embedNotice, type EmbedEdit } from "./embed-summaries";

/** What the replace command is called, for the hint that points to it. */
export const REPLACE_COMMAND_NAME = "Replace tool summaries you wrote";

/** The notice after `edit`, with a pointer to the replace command when summaries the user wrote were kept. */
export function embedMessage(edit: EmbedEdit): string {
	const hint = edit.kept.length > 0 ? ` To replace ${edit.kept.length === 1 ? "it" : "them"}, run “${REPLACE_COMMAND_NAME}”.` : "";
	return embedNotice(edit) + hint;
}
