import { cleanLines } from './clean.ts';
import { webPageToLines } from './web-page.ts';
import { textToLines } from './lines.ts';
import { markdownToLines } from './markdown-to-text.ts';
import { withoutIssueGuides } from './issue-guide.ts';
import { mergeSingleStory, storyOptionsForPage } from './single-story.ts';
import { dropSecondCopy } from './saved-twice.ts';
import { splitArticles } from './split-articles.ts';
import type { SavedTwice } from '../schema/page-furniture.ts';
import type {
	ExtractOptions,
	PageContext,
	PageSegment,
	SourceFormat,
	SourceLine,
} from './types.ts';

/** Stage 2: text blocks of a decoded page, by format. */
export function pageToLines(text: string, format: SourceFormat): SourceLine[] {
	if (format === 'html') return webPageToLines(text);
	if (format === 'md') return markdownToLines(text);
	return textToLines(text);
}

/**
 * A decoded page's text blocks as printed, without a second copy of it: what ingest's learned
 * readings of a web page (title, body, date, source) read its items' surroundings from.
 */
export function printedLines(
	text: string,
	format: SourceFormat,
	savedTwice: SavedTwice | undefined,
): SourceLine[] {
	return dropSecondCopy(pageToLines(text, format), savedTwice);
}

/** A decoded page read into items, with what each stage on the way gave. */
export interface SegmentedPage {
	/** The page's text blocks without a second copy of it (as printed, before cleaning). */
	printed: SourceLine[];
	/** The lines left after cleaning off the page's furniture. */
	lines: SourceLine[];
	/** What cleaning read of the page as a whole (its meta, masthead, single story). */
	page: PageContext;
	/** The page's items as ingest reads them: split, guides to the issue dropped, one story merged. */
	segments: PageSegment[];
}

/**
 * Stages 2–3 of ingest: turns a decoded page into text blocks, drops a second copy of it, cleans
 * off its furniture and splits it into items (with the story model where the furniture has one).
 * The one reading of a page that ingest and the trainers of its models share.
 */
export function segmentPage(
	text: string,
	format: SourceFormat,
	options: Pick<ExtractOptions, 'furniture' | 'repeatedLines'> = {},
): SegmentedPage {
	const furniture = options.furniture;
	const printed = printedLines(text, format, furniture?.savedTwice);
	const { lines, page } = cleanLines(printed, furniture, options.repeatedLines);
	const split = splitArticles(
		lines,
		furniture?.storyBoundary,
		storyOptionsForPage(furniture?.storyModel, page, furniture?.epaperStories),
	);
	const own = withoutIssueGuides(split);
	const segments = page.singleStory === true ? mergeSingleStory(own) : own;
	return { printed, lines, page, segments };
}
