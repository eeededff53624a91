import type { SourceLine } from './types.ts';

// One article's section headings (小标题) are written to one pattern: a phrase, a comma and a
// clause (`助企纾困，干部上门解难题` / `优化服务，审批跑出加速度`), a word and its exclamation
// (`燃！…` / `潮！…`). A headline met inside the article in the same pattern is its next section,
// not another story's. (Two headings of as many characters and no marks are no such pattern: a
// short headline of the next story is as long as a section heading as often.)

/** Marks inside a line that set its pattern: clause and exclamation marks, colons, dashes. */
const PATTERN_MARK = /[,，、;；:：!！?？—·]/gu;
/** A column's tag in brackets closing a line: another story's headline carries one. */
const TAGGED = /[)）】\]]$/u;

/** A heading's pattern: its marks in order, full-width and half-width alike. */
function patternOf(text: string): string {
	return (text.match(PATTERN_MARK) ?? []).map((m) => m.normalize('NFKC')).join('');
}

/**
 * True when a one-line headline `head` met inside a story follows the pattern of a section heading
 * the story already holds (`sections`): the same marks in the same order, one at least, neither
 * closed by a column's tag in brackets.
 */
export function isSiblingSection(
	head: readonly SourceLine[],
	sections: readonly SourceLine[],
): boolean {
	if (head.length !== 1 || TAGGED.test(head[0]!.text)) return false;
	const pattern = patternOf(head[0]!.text);
	return (
		pattern !== '' && sections.some((s) => !TAGGED.test(s.text) && patternOf(s.text) === pattern)
	);
}
