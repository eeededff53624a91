import type { StoryBoundary } from '../schema/page-furniture.ts';
import { bigramSet, overlap, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

/** Numbered section headings (`一、`, `(二)`, `3.`, `第一,`) never open a story. */
const ORDINAL =
	/^(?:[一二三四五六七八九十]+、|[(\uFF08][一二三四五六七八九十\d]+[)\uFF09]|\d+[.、\uFF0E]|第[一二三四五六七八九十]+[,\uFF0C、章节部])/;

/** True for a numbered section heading (`一、`, `(二)`, `3.`, `第一,`): it never opens a story. */
export function isOrdinalHeading(text: string): boolean {
	return ORDINAL.test(text);
}

/** The running text of the story so far, as the model reads it: its bigrams (`bigramSet` of the lines joined) and its length. */
export interface StorySoFar {
	bigrams: ReadonlySet<number>;
	chars: number;
}

/**
 * Probability that a headline block met inside a story, with running text after it, opens a new
 * story rather than a section of the current one: the next paragraphs share few words with the
 * story so far, the headline shares few with the story and many with what follows, and the story
 * is already long. The weights come from `search-config/page-furniture.json`. The story's bigrams
 * come from the splitter's cache (`storyBigrams`), read once per line however many headlines follow.
 */
export function newStoryProbability(
	head: SourceLine[],
	story: StorySoFar,
	next: SourceLine[],
	model: StoryBoundary,
): number {
	const headText = head.map((h) => h.text).join('');
	if (ORDINAL.test(headText)) return 0;
	const nextText = next
		.map((l) => l.text)
		.join('')
		.slice(0, 300);
	const z =
		model.bias +
		model.continuity * shareIn(bigramSet(nextText), story.bigrams) +
		model.headInStory * shareIn(bigramSet(headText), story.bigrams) +
		model.headInNext * overlap(headText, next) +
		model.lines * head.length +
		model.length * (headText.length / 20) +
		model.storyLength * (Math.log(1 + story.chars) / 5);
	return 1 / (1 + Math.exp(-z));
}

/** True when the model says the headline opens a new story. */
export function opensNewStory(
	head: SourceLine[],
	story: StorySoFar,
	next: SourceLine[],
	model: StoryBoundary | undefined,
): boolean {
	return model !== undefined && newStoryProbability(head, story, next, model) > model.threshold;
}
