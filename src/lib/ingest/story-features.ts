import type { LineRole } from './line-roles.ts';
import type { OpenStoryShape } from './open-story.ts';
import { endsSentence, hanCount } from './patterns.ts';
import { isSignatureLine, isSpacedName } from './signature-line.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

// General features of a headline line met on a page, for the learned story-start model: the
// line's shape, the line above it, what follows the headline block, how much the headline and
// the text after it share with the story so far, and what the page grammar's rules decided.

/**
 * The page grammar's cues for a headline block, as the splitter reads them, and what the open
 * story above it holds so far (`OpenStoryShape`).
 */
export interface BlockCues extends OpenStoryShape {
	/** Role of the first line after the block (figures skipped); undefined at the end of the page. */
	nextRole: LineRole | undefined;
	/** The rules open a story at the block (`startsItem` or the hand-fitted boundary model). */
	rule: boolean;
	/** A cue the grammar trusts opens the block: a dateline or byline under it, furniture above it. */
	strong: boolean;
	boxed: boolean;
	photo: boolean;
	columnTag: boolean;
	notice: boolean;
	roundUpBrief: boolean;
	/** Datelines and bylines on the page. */
	pageStarts: number;
}

/** One headline line that may start a story: line `k` of the block `start..end`. */
export interface StoryCandidate {
	lines: readonly SourceLine[];
	roles: readonly LineRole[];
	start: number;
	end: number;
	k: number;
	cues: BlockCues;
	/** Bigrams of the running text of the story so far, and its length in characters. */
	story: ReadonlySet<number>;
	storyChars: number;
	/** Bigrams of up to two paragraphs after the block. */
	next: ReadonlySet<number>;
	/** Share of the next paragraphs' bigrams found in the story so far. */
	continuity: number;
	/** Bigrams of the open story's headline block. */
	storyHead: ReadonlySet<number>;
	/** Characters of running text after the block, up to the next headline, dateline or byline. */
	runAfter: number;
	/** Items opened on the page so far. */
	items: number;
}

/** Names of the features, in the order {@link storyFeatures} returns them. */
export const STORY_FEATURES = [
	'rule',
	'nextDateline',
	'nextByline',
	'nextBody',
	'nextNone',
	'nextOther',
	'boxed',
	'photo',
	'columnTag',
	'notice',
	'roundUpBrief',
	'afterFurniture',
	'markedHeading',
	'first',
	'firstAndRule',
	'linesBefore',
	'linesFromHere',
	'length',
	'shortLine',
	'endsColon',
	'startsDash',
	'endsDash',
	'quoted',
	'parenTag',
	'digits',
	'commas',
	'innerSpace',
	'bullet',
	'exclaims',
	'prevBody',
	'prevHeading',
	'prevByline',
	'prevDateline',
	'prevOther',
	'prevEndsSentence',
	'prevLength',
	'prevParenthesised',
	'prevStartsDash',
	'prevCredit',
	'prevEndsColon',
	'headInNext',
	'headInStory',
	'continuity',
	'beforeInStory',
	'beforeInNext',
	'storyLength',
	'emptyStory',
	'manyStarts',
	'nextLength',
	'nextQuoted',
	'pagePosition',
	'sections',
	'sameShapeAsSection',
	'storyHasHead',
	'longerThanStoryHead',
	'bodyContinuity',
	'bodyHeadInStory',
	'bodyHeadInNext',
	'bodyStoryLength',
	'headInStoryHead',
	'nextInStoryHead',
	'runAfter',
	'sectionLength',
	'runLikeSection',
	'items',
	'storyDated',
	'storyBylined',
	'nextOpensLikeLead',
	'storyTagged',
	'prevSignature',
	'nameInBlock',
] as const;

/**
 * The opening of a news lead: a time (`10月15日，`, `近日，`, `今年以来，`), or a reporter's
 * source (`记者从…获悉`, `据…介绍`). A section inside a story rarely opens so; a new story often does.
 */
const LEAD_OPENING =
	/^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|(?:近日|日前|近期|近来|目前|前不久|不久前|今年以来|今年|去年|当天|当日|今天|昨天|昨日|今日|日内|本周|上周|近年来|近年)[，,]|记者[^，,。]{0,12}(?:从|获悉|了解到|获知)|据[^，,。]{1,20}(?:介绍|报道|消息|统计|了解|悉))/;

/** True when a paragraph opens like a news lead (a time or a reporter's source). */
export function opensLikeLead(text: string): boolean {
	return LEAD_OPENING.test(text);
}

const cap = (x: number, max: number) => Math.min(x, max) / max;
const flag = (b: boolean) => (b ? 1 : 0);

function lineShape(t: string): number[] {
	const digits = (t.match(/\d/g) ?? []).length;
	return [
		cap(t.length, 60),
		flag(t.length <= 6),
		flag(/[:\uFF1A]$/.test(t)),
		flag(/^[—-]{1,2}/.test(t)),
		flag(/——$/.test(t)),
		flag(/[“”「」"]/.test(t)),
		flag(/[(\uFF08][^()\uFF08\uFF09]{2,30}[)\uFF09]$/.test(t)),
		t.length === 0 ? 0 : digits / t.length,
		cap((t.match(/[,\uFF0C、;\uFF1B]/g) ?? []).length, 3),
		flag(/\S\s+\S/.test(t)),
		flag(/^[■●◆▲□◎○△★☆]/.test(t)),
		flag(/[!\uFF01?\uFF1F]/.test(t)),
	];
}

function previousLine(line: SourceLine | undefined, role: LineRole | undefined): number[] {
	const t = line?.text ?? '';
	return [
		flag(role === 'body'),
		flag(role === 'heading'),
		flag(role === 'byline'),
		flag(role === 'dateline'),
		flag(role !== undefined && !['body', 'heading', 'byline', 'dateline'].includes(role)),
		flag(line !== undefined && endsSentence(t)),
		cap(hanCount(t), 80),
		flag(/^[(\uFF08].*[)\uFF09]$/.test(t)),
		flag(/^[—-]{1,2}/.test(t)),
		flag(/摄(?:影)?(?:报道)?\s*(?:[(\uFF08][^()\uFF08\uFF09]*[)\uFF09])?$/.test(t)),
		flag(/[:\uFF1A]$/.test(t)),
	];
}

/** The feature vector of one candidate, in the order of {@link STORY_FEATURES}. */
export function storyFeatures(c: StoryCandidate): number[] {
	const { lines, roles, start, end, k, cues } = c;
	const line = lines[k]!;
	const head = lines
		.slice(k, end + 1)
		.map((l) => l.text)
		.join('');
	const before = lines
		.slice(start, k)
		.map((l) => l.text)
		.join('');
	const headBigrams = bigramSet(head);
	const beforeBigrams = bigramSet(before);
	const nr = cues.nextRole;
	const first = k === start;
	const after = lines[end + 1]?.text ?? '';
	const headInNext = shareIn(headBigrams, c.next);
	const headInStory = shareIn(headBigrams, c.story);
	const storyLength = cap(Math.log(1 + c.storyChars), 9);
	return [
		flag(cues.rule),
		flag(nr === 'dateline'),
		flag(nr === 'byline'),
		flag(nr === 'body'),
		flag(nr === undefined),
		flag(nr === 'contents' || nr === 'photo' || nr === 'heading' || nr === 'figure'),
		flag(cues.boxed),
		flag(cues.photo),
		flag(cues.columnTag),
		flag(cues.notice),
		flag(cues.roundUpBrief),
		flag(line.afterFurniture === true),
		flag(line.heading !== undefined),
		flag(first),
		flag(first && cues.rule),
		cap(k - start, 3),
		cap(end - k + 1, 4),
		...lineShape(line.text),
		...previousLine(lines[k - 1], roles[k - 1]),
		headInNext,
		headInStory,
		c.continuity,
		first ? 0 : shareIn(beforeBigrams, c.story),
		first ? 0 : shareIn(beforeBigrams, c.next),
		storyLength,
		flag(c.storyChars === 0),
		flag(cues.pageStarts >= 2),
		cap(after.length, 200),
		flag(/^[“"「]/.test(after)),
		lines.length <= 1 ? 0 : k / (lines.length - 1),
		cap(cues.sections, 4),
		flag(cues.sections > 0 && cues.lastSectionLines === end - k + 1),
		flag(cues.storyHeadChars > 0),
		flag(cues.storyHeadChars > 0 && head.length > cues.storyHeadChars),
		...(nr === 'body' ? [c.continuity, headInStory, headInNext, storyLength] : [0, 0, 0, 0]),
		shareIn(headBigrams, c.storyHead),
		shareIn(c.next, c.storyHead),
		cap(Math.log(1 + c.runAfter), 9),
		cap(Math.log(1 + cues.sectionChars), 9),
		cues.sections === 0
			? 0
			: Math.min(c.runAfter, cues.sectionChars) / Math.max(1, c.runAfter, cues.sectionChars),
		cap(c.items, 10),
		flag(cues.storyDated),
		flag(cues.storyBylined),
		flag(nr === 'body' && opensLikeLead(after)),
		flag(cues.storyTagged),
		flag(k > 0 && isSignatureLine(lines[k - 1]!.text)),
		flag(lines.slice(k + 1, end + 1).some((l) => isSpacedName(l.text))),
	];
}
