import type { LineRole } from './line-roles.ts';
import type { PageSegment, SourceLine } from './types.ts';

// What the story open on a page holds so far, as the splitter reads it.

/** Section headings inside a story so far, lines of the last one, and its headline's length. */
export function sectionsOf(
	segment: PageSegment | undefined,
	roleOf: Map<SourceLine, LineRole>,
): { sections: number; lastSectionLines: number; storyHeadChars: number; sectionChars: number } {
	let sections = 0;
	let lastSectionLines = 0;
	let sectionChars = 0;
	let run = 0;
	for (const b of segment?.body ?? []) {
		if (roleOf.get(b) === 'heading') run++;
		else {
			if (run > 0) [sections, lastSectionLines, run, sectionChars] = [sections + 1, run, 0, 0];
			sectionChars += b.text.length;
		}
	}
	const storyHeadChars = (segment?.head ?? []).reduce((n, h) => n + h.text.length, 0);
	return { sections, lastSectionLines, storyHeadChars, sectionChars };
}

/**
 * True when a story's text so far is no more than a headline's summary: two lines at most, a
 * data box's figures not counted, or only a bulleted summary (`■ 要…`) however long.
 */
export function summaryOnly(body: SourceLine[], roleOf: Map<SourceLine, LineRole>): boolean {
	const text = body.filter((b) => roleOf.get(b) !== 'figure');
	return text.length <= 2 || text.every((b) => /^[■●◆▲]/.test(b.text));
}
