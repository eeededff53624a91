import type { SourceLine } from '../../src/lib/ingest/types.ts';
import { cleanLines } from '../../src/lib/ingest/clean.ts';
import {
	itemBodyRows,
	type WebBodyRows,
	type WebBodyWindow,
} from '../../src/lib/ingest/web-body-choice.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { normalizeLine, type ExtractedItem } from './web-pages-score.ts';
import type { WebPage } from './web-pages.ts';

// The rows a web-page body model learns from: for each item the pipeline read off a synthetic
// page, the lines around its text with their features, labelled by the generator's truth.

/** One item's lines with their labels: 1 where the line is text of the item's true article. */
export type LabelledBodyRows = WebBodyRows & { labels: number[] };

/** An item's paragraphs as the pipeline wrote its body. */
export const itemParagraphs = (body: string) => body.split('\n\n');

/** Shortest line that counts as the article's when its text holds it inside a paragraph. */
const MIN_INSIDE = 8;

/**
 * The rows of each item of `page` (undefined for an item not found on the page or holding no true
 * article), read off `lines`, the page as ingest's learned readings see it (`webPageLines`), each
 * labelled by the true article whose body holds the item's first paragraph.
 */
export function pageBodyRows(
	page: WebPage,
	lines: readonly SourceLine[],
	items: readonly ExtractedItem[],
	window: WebBodyWindow,
): (LabelledBodyRows | undefined)[] {
	const bodied = items.map((it) => ({ title: it.title, paragraphs: itemParagraphs(it.body) }));
	const rows = itemBodyRows(lines, bodied, window);
	return rows.map((r, i) => {
		if (r === undefined) return undefined;
		const opening = bodied[i]!.paragraphs.map(normalizeLine).find((p) => p.length >= 6) ?? '';
		const truth = page.articles.find((a) => normalizeLine(a.body).includes(opening));
		if (truth === undefined || opening === '') return undefined;
		const whole = normalizeLine(truth.body);
		const truthLines = truth.body.split('\n').map(normalizeLine);
		// A line of the text, or a paragraph holding one (a prompt run into its end): dropping it loses text.
		const labels = r.units.map((u) => {
			const n = normalizeLine(u.text);
			const holds = truthLines.some((l) => l.length >= MIN_INSIDE && n.includes(l));
			return truthLines.includes(n) || holds || (n.length >= MIN_INSIDE && whole.includes(n))
				? 1
				: 0;
		});
		return { ...r, labels };
	});
}

/** Whether ingest reads a page of `lines` (`webPageLines`) as a web page (the body model's pages). */
export function readAsWebPage(lines: SourceLine[], furniture: PageFurniture): boolean {
	return cleanLines(lines, furniture).page.webPage === true;
}
