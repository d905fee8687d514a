import type { CatalogProfile } from "../../src/core/catalog/profile-catalog";
import { ok } from "../../src/core/result";
import { HIGHLIGHT_REST_MS, worksheetAhead, type BuiltWorksheet } from "../../src/logseq/worksheet-ahead";
import { nodeDebounce } from "./plugin-fixture";

/** A catalog entry as far as these tests tell entries apart: by identity, named for reading. */
function entry(name: string): CatalogProfile {
	return { profile: { name } } as unknown as CatalogProfile;
}

/** A builder that records which profiles it built, answering a worksheet named after each. */
function recordingBuild(): { built: string[]; build: (each: CatalogProfile) => Promise<BuiltWorksheet> } {
	const built: string[] = [];
	return {
		built,
		build: async (each) => {
			built.push(each.profile.name);
			return ok({ blocks: [{ content: each.profile.name, properties: {}, children: [] }], fields: [] });
		},
	};
}

const rest = () => new Promise((resolve) => setTimeout(resolve, HIGHLIGHT_REST_MS + 30));

describe("The worksheet of the highlighted profile, built while the picker is open", () => {
	it("builds the profile the highlight rests on, and the choice takes that worksheet without building it again", async () => {
		const { built, build } = recordingBuild();
		const ahead = worksheetAhead(build, nodeDebounce);
		const sales = entry("Sales strategy");
		ahead.highlighted(sales);
		await rest();
		expect(built).toEqual(["Sales strategy"]);
		const taken = await ahead.take(sales);
		expect(taken.ok && taken.value.blocks[0].content).toBe("Sales strategy");
		expect(built).toEqual(["Sales strategy"]);
	});

	it("builds nothing for the profiles passed over while the query is typed, only the one rested on", async () => {
		const { built, build } = recordingBuild();
		const ahead = worksheetAhead(build, nodeDebounce);
		for (const name of ["Pricing", "Partners", "Sales strategy"]) ahead.highlighted(entry(name));
		await rest();
		expect(built).toEqual(["Sales strategy"]);
	});

	it("builds the chosen profile at the choice when the highlight never rested on it", async () => {
		const { built, build } = recordingBuild();
		const ahead = worksheetAhead(build, nodeDebounce);
		ahead.highlighted(entry("Pricing"));
		await rest();
		const taken = await ahead.take(entry("Sales strategy"));
		expect(taken.ok && taken.value.blocks[0].content).toBe("Sales strategy");
		expect(built).toEqual(["Pricing", "Sales strategy"]);
	});

	it("builds nothing after the picker has answered, even when the highlight had not rested yet", async () => {
		const { built, build } = recordingBuild();
		const ahead = worksheetAhead(build, nodeDebounce);
		ahead.highlighted(entry("Sales strategy"));
		ahead.stop();
		await rest();
		expect(built).toEqual([]);
	});
});
