import { App } from "../fakes/obsidian";
import { readUserTemplate } from "../../src/obsidian/user-templates";

describe("readUserTemplate", () => {
	it("means the bundled template when the setting is empty", async () => {
		expect(await readUserTemplate(new App() as never, "worksheet", "  ")).toEqual({ ok: true, value: null });
	});

	it("reads the file at the normalised path", async () => {
		const app = new App();
		app.vault.seed("Templates/ws.hbs", "## {{name}}");
		expect(await readUserTemplate(app as never, "worksheet", "/Templates//ws.hbs")).toEqual({ ok: true, value: { source: "## {{name}}", path: "Templates/ws.hbs" } });
	});

	it("says when the path is a folder, or the file cannot be read", async () => {
		const app = new App();
		await app.vault.createFolder("Templates");
		expect(await readUserTemplate(app as never, "worksheet", "Templates")).toEqual({ ok: false, error: expect.stringContaining("is a folder") as unknown });
		const file = app.vault.seed("Templates/gone.hbs", "x");
		app.vault.files.delete(file.path);
		app.vault.getAbstractFileByPath = () => file;
		expect(await readUserTemplate(app as never, "profile page", "Templates/gone.hbs")).toEqual({ ok: false, error: expect.stringContaining("could not be read: ENOENT") as unknown });
	});
});
