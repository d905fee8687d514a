import { ProfileCatalog } from "../../../src/core/catalog/profile-catalog";
import { MemoryVault } from "../../../src/core/host/memory-vault";
import { err, type Result } from "../../../src/core/result";
import { copyCardPrompt, NoteModelLoader, type LoadedNote } from "../../../src/core/sidebar";
import { TemplateEngine, type TemplateError } from "../../../src/core/templates/template-engine";

const PRICING = "---\ntype: profile\n---\n# Pricing\n## Definition\nHow a venture sets its prices.\n## Keys\n- [[Willingness to pay]]\n## innCoPilot\n- What do customers pay today?\n";
const PETS = "---\nprofiles: [Pricing]\n---\n# Pets\nWe rent tortoises.";

/** An engine whose every render fails, as a template with a fault would. */
class FaultyEngine extends TemplateEngine {
	render(): Result<string, TemplateError> {
		return err({ message: "Unclosed {{#each}} block", line: 3, column: 1 });
	}
}

async function loadedNote(path: string, text: string): Promise<LoadedNote> {
	const catalog = new ProfileCatalog(() => [], { profilesFolder: () => "Profiles" });
	const vault = new MemoryVault([catalog]);
	vault.write("Profiles/Pricing.md", PRICING);
	vault.write("Keys/Willingness to pay.md", "- #question Who pays the most?");
	return new NoteModelLoader(catalog, vault).load(path, text);
}

describe("copyCardPrompt", () => {
	const copied: string[] = [];
	const write = (text: string) => {
		copied.push(text);
		return Promise.resolve();
	};
	beforeEach(() => (copied.length = 0));

	it("puts the card's prompt, with every question it shows and the note's current text, on the clipboard, and says so", async () => {
		const loaded = await loadedNote("Ventures/Pets.md", PETS);
		const message = await copyCardPrompt(loaded, "Pricing", `${PETS} Typed since.`, new TemplateEngine(), write);
		expect(message).toBe("Prompt for Pricing copied: paste it into any AI assistant.");
		expect(copied).toHaveLength(1);
		expect(copied[0]).toContain("How a venture sets its prices.");
		expect(copied[0]).toContain("- What do customers pay today?\n- Who pays the most?\n");
		expect(copied[0]).toContain("We rent tortoises. Typed since.");
	});

	it("on the profile's own page, asks for the sections the page still lacks or leaves empty, with the page's text in full", async () => {
		const page = `${PRICING}## Examples\n### Space X\nPer-launch pricing.\n## Topics\n`;
		await copyCardPrompt(await loadedNote("Profiles/Pricing.md", page), "Pricing", page, new TemplateEngine(), write);
		expect(copied[0]).toContain("that are still empty, each under its heading:\n- Topics\n- Content type\n- Description\n- Tools\n");
		expect(copied[0]).toContain("### Space X\nPer-launch pricing.\n## Topics\n");
		expect(copied[0]).not.toContain("What could its pricing be?");
	});

	it("warns, in the message the sidebar shows, when the note was too long and the prompt holds only its start", async () => {
		const long = `${PETS}\n${"We rent tortoises by the week.\n".repeat(1000)}`;
		const message = await copyCardPrompt(await loadedNote("Ventures/Pets.md", long), "Pricing", long, new TemplateEngine(), write);
		expect(message).toBe("Prompt for Pricing copied: paste it into any AI assistant. The note is longer than 20,000 characters, so the prompt holds only its start.");
		expect(copied[0].length).toBeLessThan(22000);
	});

	it("says why when the template fails, and copies nothing", async () => {
		const message = await copyCardPrompt(await loadedNote("Ventures/Pets.md", PETS), "Pricing", PETS, new FaultyEngine(), write);
		expect(message).toBe("The prompt could not be written: Unclosed {{#each}} block");
		expect(copied).toEqual([]);
	});

	it("says why when the clipboard refuses", async () => {
		const refuse = () => Promise.reject(new Error("Document is not focused."));
		const message = await copyCardPrompt(await loadedNote("Ventures/Pets.md", PETS), "Pricing", PETS, new TemplateEngine(), refuse);
		expect(message).toBe("Could not copy the prompt: Document is not focused.");
	});

	it("does nothing for a card the note no longer shows", async () => {
		expect(await copyCardPrompt(await loadedNote("Ventures/Pets.md", PETS), "Discounts", PETS, new TemplateEngine(), write)).toBeNull();
		expect(copied).toEqual([]);
	});
});
