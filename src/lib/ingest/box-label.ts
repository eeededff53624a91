// The labels that open a box printed between a headline and its text, one list for every page
// kind, so a label one page kind prints is known to the others. Two kinds by whose voice the box
// is: an editors' note or a lead-in (编者按, 编者的话, 编前语, 导语, 导读) is the desk's, introducing a
// column, a series or the story; a summary box (核心阅读, 内容提要, 核心提示, 摘要) is the story's own
// as the paper printed it, and travels with the story when a site reprints it. A 编后 (编后语,
// 编后记) is neither: it is the paper's own comment after the text, not a box above it.

/** The desk's notes and lead-ins, from general knowledge of how papers and sites set them. */
export const NOTE_LABEL_WORDS = [
	'编者按',
	'编者的话',
	'编者话',
	'编者附言',
	'编前语',
	'编前',
	'编辑按',
	'导语',
	'导读',
] as const;

/** A story's own summary box, as papers print it under the headline. */
export const SUMMARY_LABEL_WORDS = [
	'核心阅读',
	'内容提要',
	'提要',
	'核心提示',
	'阅读提示',
	'摘要',
] as const;

/** Words as one alternation, longest first; a spaced-out label (`导 语`) reads as one. */
function alternation(words: readonly string[]): string {
	return `(?:${[...words]
		.sort((a, b) => b.length - a.length)
		.map((w) => [...w].join('\\s*'))
		.join('|')})`;
}

/** The desk's note labels as a pattern's source. */
export const NOTE_LABEL_SOURCE = alternation(NOTE_LABEL_WORDS);

/** Every box label, the desk's and the story's, as a pattern's source. */
export const BOX_LABEL_SOURCE = alternation([...NOTE_LABEL_WORDS, ...SUMMARY_LABEL_WORDS]);
