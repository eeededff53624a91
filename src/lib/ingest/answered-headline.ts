import type { EpaperStories } from '../schema/epaper-stories.ts';
import { overlap } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

/**
 * True when a headline block met after running text on a page known to hold several stories (an
 * e-paper page) opens a story of its own: the text under it answers it (shares many of its words)
 * and turns away from the story above (shares few with it), and the headline shares few with the
 * story above. A section heading of one long story reads on from the text above; a new story's
 * headline does not.
 */
export function answeredHeadline(
	head: readonly SourceLine[],
	story: SourceLine[],
	next: SourceLine[],
	settings: EpaperStories,
): boolean {
	if (story.length === 0 || next.length === 0) return false;
	const headText = head.map((h) => h.text).join('');
	const nextText = next
		.map((l) => l.text)
		.join('')
		.slice(0, settings.nextChars);
	return (
		overlap(headText, next) >= settings.headInNext &&
		overlap(headText, story) <= settings.headInStory &&
		overlap(nextText, story) <= settings.continuity
	);
}
