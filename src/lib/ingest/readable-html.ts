import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { hanCount } from './patterns.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

const { minReadableStoryHan: MIN_STORY_HAN } = readIngestArticles().splitting;

/** The story of a web page as readability finds it: its title and its content as HTML. */
export interface ReadableStory {
	title: string;
	html: string;
}

/**
 * Finds the story of a web page with Mozilla's Readability (the reader view of Firefox) over a
 * linkedom document: the block of the page with the most running text, without navigation,
 * sidebars, comments and related links. Undefined when it finds nothing with enough Chinese text
 * (a list page, a page of links), so the caller can read the whole page instead.
 */
export function readableStory(html: string): ReadableStory | undefined {
	try {
		const { document } = parseHTML(html);
		const article = new Readability(document, {
			charThreshold: 200,
		}).parse();
		if (article?.content == null || hanCount(article.textContent ?? '') < MIN_STORY_HAN)
			return undefined;
		return { title: article.title ?? '', html: article.content };
	} catch {
		// Readability gives up on some malformed pages; the page's own reducer still reads them.
		return undefined;
	}
}
