/** The `#question` tag a key page puts on its guiding questions, read one way for every key page. */

const ANY_TAG = /(^|\s)#(?:question|\[\[question\]\])(?=$|[\s.,;:!?])/i;
/** A tag with the punctuation that follows it (`#question,` or `… #question.`), which is the tag's, not the question's. */
const EVERY_TAG = /(^|\s)#(?:question|\[\[question\]\])[.,;:!?]*(?=$|\s)/gi;

/** Whether `text` carries `#question` or `#[[question]]` (case aside; `#questions` is not it). */
export function hasQuestionTag(text: string): boolean {
	return ANY_TAG.test(text);
}

/** `text` without its question tags, white space folded: the question as it reads. */
export function withoutQuestionTag(text: string): string {
	return text.replace(EVERY_TAG, "$1").replace(/\s+/g, " ").trim();
}
