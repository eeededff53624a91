/**
 * Chinese words by the runtime's dictionary (ICU), which Node always carries: the word a line break
 * falls inside. Extraction runs before the jieba stage, in every worker and in `--dry-run`, so it
 * reads words with what Node carries; a rule that also needs the text to print the word only misses
 * a join where a dictionary reads a seam otherwise.
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The word of two Han characters or more that runs across the break between `upper` and `lower`
 * (both without spaces), as `…推进乡村振` + `兴…` cut `振兴`, read over `window` characters each
 * side, when the upper half read alone ends on a single character; undefined otherwise. An upper
 * half that ends on a word of its own read alone (`…发文` over `采砂…`, read `文采` joined) is a
 * phrase of its own: the dictionary's reading across the break is then a pun.
 */
export function wordCutAtBreak(upper: string, lower: string, window: number): string | undefined {
	const head = upper.slice(-window);
	const last = [...WORDS.segment(head)].at(-1)?.segment ?? '';
	if (/^\p{Script=Han}{2,}$/u.test(last)) return undefined;
	for (const { segment, index } of WORDS.segment(head + lower.slice(0, window)))
		if (index < head.length && index + segment.length > head.length)
			return /^\p{Script=Han}{2,}$/u.test(segment) ? segment : undefined;
	return undefined;
}
