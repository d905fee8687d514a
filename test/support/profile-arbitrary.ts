/** fast-check generators for profiles whose every field is already in the form the parser gives back. */
import fc from "fast-check";
import type { Profile } from "../../src/core/profile/profile";

const WORDS = ["market", "customer", "Zürich", "naïve", "price", "café", "channel", "value", "東京", "growth", "model", "🚀", "segment", "“quoted”", "it’s", "a", "of", "50%", "x_y", "**bold**", "[[Link]]", "#tag", "key::value"];

const word = fc.constantFrom(...WORDS);
/** A line of words: never blank, never starting with Markdown syntax, never padded. */
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => `Word ${words.join(" ")}`);
const sentence = line.map((text) => `${text}.`);
const question = line.map((text) => `${text.replace(/\?/g, "")}?`);
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));
const markdown = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.join("\n\n"));
const bulletList = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.map((l) => `- ${l}`).join("\n"));
const name = fc.array(fc.constantFrom("Sales", "pricing", "Channel", "strategy", "Zürich", "mix"), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const linkName = name.map((n) => `Tool ${n}`);

/** Any profile a user could write with the eight sections and a few unknown ones. */
export const profileArbitrary: fc.Arbitrary<Profile> = fc
	.record({
		namespace: fc.constantFrom("profile", "concept"),
		name,
		definition: fc.oneof(fc.constant(""), sentence),
		contentType: fc.constantFrom("", "text", "list", "number"),
		keys: fc.uniqueArray(linkName, { maxLength: 3 }),
		weights: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }),
		prompt: fc.oneof(fc.constant(""), sentence.map((s) => `${s} What could it be?`)),
		questions: fc.array(question, { maxLength: 6 }),
		description: fc.oneof(fc.constant(""), markdown),
		examples: fc.array(fc.record({ title: name, body: fc.oneof(fc.constant(""), markdown, bulletList) }), { maxLength: 4 }),
		topics: fc.array(fc.oneof(line, linkName.map((n) => `[[${n}]]`)), { maxLength: 3 }),
		tools: fc.array(fc.record({ name: linkName, summary: fc.oneof(fc.constant(""), sentence, paragraph) }), { maxLength: 5 }),
		sections: fc.array(fc.record({ heading: name.map((n) => `Notes ${n}`), body: fc.oneof(fc.constant(""), markdown, bulletList) }), { maxLength: 2 }),
	})
	.map((r) => {
		const keyWeights: Record<string, number> = {};
		r.keys.forEach((key, i) => {
			if (i < r.weights.length) keyWeights[key] = r.weights[i];
		});
		const profile: Profile = {
			namespace: r.namespace,
			name: r.name,
			definition: r.definition,
			contentType: r.contentType,
			keys: r.keys,
			copilot: { prompt: r.prompt, questions: r.questions },
			description: r.description,
			examples: r.examples,
			topics: r.topics,
			tools: r.tools,
			sections: r.sections,
			warnings: [],
		};
		if (Object.keys(keyWeights).length > 0) profile.keyWeights = keyWeights;
		return profile;
	});
