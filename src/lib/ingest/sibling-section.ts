import type { SourceLine } from './types.ts';

// One article's section headings (小标题) are written to one pattern: a phrase, a comma and a
// clause (`助企纾困，干部上门解难题` / `优化服务，审批跑出加速度`). A headline met inside the
// article in the same pattern is its next section, not another story's headline.

/** The clause marks of a heading line: its commas, and whether it closes on a bracketed tag. */
function shapeOf(text: string): { commas: number; tagged: boolean } {
	return {
		commas: (text.match(/[,\uFF0C]/g) ?? []).length,
		tagged: /[)\uFF09】\]]$/.test(text),
	};
}

/**
 * True when a one-line headline `head` met inside a story shares the clause pattern of a section
 * heading the story already holds (`sections`): the same number of commas, one at least, and
 * neither closed by a column's tag in brackets.
 */
export function isSiblingSection(head: readonly SourceLine[], sections: readonly SourceLine[]) {
	if (head.length !== 1) return false;
	const a = shapeOf(head[0]!.text);
	if (a.commas === 0 || a.tagged) return false;
	return sections.some((s) => {
		const b = shapeOf(s.text);
		return b.commas === a.commas && !b.tagged;
	});
}
