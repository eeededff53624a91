import { isBareDateline, isDatelineLead } from './line-roles.ts';
import type { EpaperStories } from '../schema/epaper-stories.ts';
import type { StoryModel } from '../schema/story-model.ts';
import type { StoryStartOptions } from './story-start.ts';
import type { PageContext, PageSegment } from './types.ts';

/**
 * How the splitter reads a page: under an e-paper masthead, as one that holds several stories (a
 * headline opens one as readily as on a page with several datelines, with the story model's
 * several-story threshold), where a headline the text under it answers opens a story (`answered`).
 */
export function storyOptionsForPage(
	model: StoryModel | undefined,
	page: PageContext,
	answered?: EpaperStories,
): StoryStartOptions {
	const options: StoryStartOptions = model === undefined ? {} : { model };
	if (page.firstMeta?.kind !== 'masthead') return options;
	options.severalStories = true;
	if (answered !== undefined) options.answered = answered;
	return options;
}

/** True for an item that opens with a dateline of its own and holds text after it. */
function opensOwnStory(segment: PageSegment): boolean {
	const lead = segment.body[0]?.text ?? '';
	return isDatelineLead(lead) && !(segment.body.length === 1 && isBareDateline(lead));
}

/**
 * The items of a page that holds one article, as one item, unless a later one opens with a
 * dateline of its own (under a headline of its own, where the text opened with a dateline too):
 * the first item's headline heads it,
 * and every later item's headline lines (section headings the splitter took for new stories),
 * bylines and paragraphs follow in page order as its text.
 */
export function mergeSingleStory(segments: PageSegment[]): PageSegment[] {
	const [first, ...rest] = segments;
	if (first === undefined || rest.length === 0) return segments;
	// A headline alone over an item with a headline of its own is no story (a site's name).
	if (first.body.length === 0 && (rest[0]!.head.length > 0 || rest[0]!.kind !== 'news'))
		return [first, ...mergeSingleStory(rest)];
	// A later item that opens with its own dateline (本报讯, 新华社…电) is another story after all;
	// not the one that holds the text of a first item printed as a headline alone, nor a dateline
	// with nothing after it (`本网讯（记者 某某）` left under the text), which opens no story, nor,
	// where the text opened with a dateline too, one under no headline of its own: the next
	// dispatch of a report from several places (综合报道), which the page's one headline heads.
	const own = first.body.length === 0 ? rest.slice(1) : rest;
	const opening = first.body.length === 0 ? rest[0]! : first;
	const dispatches = isDatelineLead(opening.body[0]?.text ?? '');
	if (own.some((s) => opensOwnStory(s) && !(dispatches && s.head.length === 0))) return segments;
	const merged: PageSegment = {
		...first,
		bylines: [...first.bylines],
		body: [...first.body],
	};
	for (const s of rest) {
		merged.bylines.push(...s.bylines);
		const lines = s.titleAfterBody === true ? [...s.body, ...s.head] : [...s.head, ...s.body];
		merged.body.push(...lines);
	}
	return [merged];
}
