import type { LineRole } from './line-roles.ts';
import { columnTagOf } from './column-tag.ts';
import { DATELINE } from './patterns.ts';
import { hanBigram, isHanUnit } from './text-overlap.ts';
import type { PageSegment, SourceLine } from './types.ts';

// What the story open on a page holds so far, as the splitter reads it.

/** What the open story holds so far, as the story-start model reads it. */
export interface OpenStoryShape {
	/** Section headings inside the story, and lines of the last one. */
	sections: number;
	lastSectionLines: number;
	/** Characters of the story's headline block; 0 when it has none. */
	storyHeadChars: number;
	/** Characters of the story's text since its last section heading (all of it when none). */
	sectionChars: number;
	/**
	 * True when the story's text opens with a print dateline (`本报北京1月18日电`, `本报讯`), not a
	 * broadcast lead (`央视网消息（新闻联播）：`): a print brief rarely carries sub-headings, while a
	 * TV-news item's parts are sub-headed as a rule.
	 */
	storyDated: boolean;
	/** True when a byline line (`本报记者 X`) stands under the story's headline. */
	storyBylined: boolean;
	/**
	 * True when the story's headline names a column (`…（今日谈）`, `…（人民时评）`): a column's piece
	 * runs as one text, rarely sub-headed.
	 */
	storyTagged: boolean;
}

/**
 * Section headings inside a story so far, lines of the last one, its headline's length, and
 * how its text opened (a dateline, a byline).
 */
export function sectionsOf(
	segment: PageSegment | undefined,
	roleOf: Map<SourceLine, LineRole>,
): OpenStoryShape {
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
	const lead = segment?.body.find((b) => roleOf.get(b) !== 'figure');
	return {
		sections,
		lastSectionLines,
		storyHeadChars,
		sectionChars,
		storyDated: lead !== undefined && DATELINE.test(lead.text),
		storyBylined: (segment?.bylines.length ?? 0) > 0,
		storyTagged: segment?.head.some((h) => columnTagOf(h.text) !== undefined) ?? false,
	};
}

/**
 * True when a story's text so far is no more than a headline's summary: two lines at most, a
 * data box's figures not counted, or only a bulleted summary (`■ 要…`) however long.
 */
export function summaryOnly(body: SourceLine[], roleOf: Map<SourceLine, LineRole>): boolean {
	const text = body.filter((b) => roleOf.get(b) !== 'figure');
	return text.length <= 2 || text.every((b) => /^[■●◆▲]/.test(b.text));
}

/** Han-character bigrams of a story's running text so far, kept up to date as lines are added. */
export interface StoryBigrams {
	bigrams: Set<number>;
	/** Characters of the running text. */
	chars: number;
	/** Body lines read so far, and the last Han character read (-1 before any). */
	seen: number;
	last: number;
}

/**
 * The bigrams of a story's running text (its section headings left out), as `bigramSet` gives
 * them for the lines joined, read only from the lines added since the last call.
 */
export function storyBigrams(
	cache: Map<PageSegment, StoryBigrams>,
	segment: PageSegment,
	roleOf: Map<SourceLine, LineRole>,
): StoryBigrams {
	let s = cache.get(segment);
	if (s === undefined || s.seen > segment.body.length) {
		s = { bigrams: new Set(), chars: 0, seen: 0, last: -1 };
		cache.set(segment, s);
	}
	for (; s.seen < segment.body.length; s.seen++) {
		const b = segment.body[s.seen]!;
		if (b.heading !== undefined || roleOf.get(b) === 'heading') continue;
		s.chars += b.text.length;
		for (let i = 0; i < b.text.length; i++) {
			const code = b.text.charCodeAt(i);
			if (!isHanUnit(code)) continue;
			if (s.last >= 0) s.bigrams.add(hanBigram(s.last, code));
			s.last = code;
		}
	}
	return s;
}
