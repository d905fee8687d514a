import { embedMessage } from "../../../src/core/tools/embed-message";
import type { EmbedEdit } from "../../../src/core/tools/embed-summaries";

const edit = (kept: string[], added = 0): EmbedEdit => ({ changes: added > 0 ? [{ from: 0, to: 0, insert: "x" }] : [], added, replaced: 0, kept, current: 0, unknown: 0 });

describe("embedMessage", () => {
	it("points to the replace command when summaries the user wrote were kept", () => {
		expect(embedMessage(edit(["Business Model Canvas"]))).toBe(
			"Kept the summary that you wrote (Business Model Canvas); nothing was embedded. To replace it, run “Replace tool summaries you wrote”.",
		);
		expect(embedMessage(edit(["A", "B"], 1))).toMatch(/To replace them, run “Replace tool summaries you wrote”\.$/);
	});

	it("adds nothing when nothing was kept", () => {
		expect(embedMessage(edit([], 1))).toBe("Embedded 1 summary.");
	});
});
