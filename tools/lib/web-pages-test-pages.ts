import { furnitureForSplit, readWebFurniture, type WebSplit } from './web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage, type ExtractedItem } from './web-pages-score.ts';
import { generateWebPage, type SourceArticle, type WebLayout, type WebPage } from './web-pages.ts';

/** The seeds the split tests draw their pages with. */
export const TEST_SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

/** Builds one page of a split for a seed and a layout. */
export type TestPageBuilder = (split: WebSplit, seed: number, layout: WebLayout) => WebPage;

/**
 * A page builder for the split tests: pages keyed `prefix` + seed, made from the articles that
 * `articlesFor` gives a seed and a layout, with `otherTitles` for related lists and two other dates.
 */
export function testPageBuilder(
	prefix: string,
	articlesFor: (seed: number, layout: WebLayout) => SourceArticle[],
	otherTitles: string[],
): TestPageBuilder {
	const furniture = readWebFurniture();
	return (split, seed, layout) =>
		generateWebPage({
			key: `${prefix}${seed}`,
			layout,
			articles: articlesFor(seed, layout),
			seed,
			furniture: furnitureForSplit(furniture, split),
			otherTitles,
			otherDates: ['2023-12-01', '2024-01-15'],
		});
}

/** The lines of a page's text, trimmed. */
export const linesOf = (p: WebPage): string[] => p.text.split(/\r?\n/u).map((l) => l.trim());

/** True when the page holds furniture of `family` (code-written or drawn). */
export const hasFamily =
	(family: string) =>
	(p: WebPage): boolean =>
		p.furniture.some((f) => f.family === family);

/** The pages of `split` and `layout` over {@link TEST_SEEDS} that `has` accepts. */
export function pagesWith(
	page: TestPageBuilder,
	split: WebSplit,
	layout: WebLayout,
	has: (p: WebPage) => boolean,
): WebPage[] {
	return TEST_SEEDS.map((seed) => page(split, seed, layout)).filter(has);
}

/** What a careful reader takes from the page: the true articles themselves. */
export const perfectExtraction = (p: WebPage): ExtractedItem[] =>
	p.articles.map((a) => ({ title: a.title, date: a.date, source: a.source, body: a.body }));

/** Scores of a perfect extraction of `pages`: every field right, nothing extra. */
export function perfectScores(pages: WebPage[]): number[] {
	const s = emptyWebScores();
	for (const p of pages) scoreWebPage(p, perfectExtraction(p), s);
	return [s.found, s.title, s.clean, s.date, s.source, s.extra];
}

/** Index of the line holding the start of the body's first paragraph, and of its last. */
export function bodySpan(p: WebPage): [number, number] {
	const paras = p.articles[0]!.body.split('\n');
	const lines = linesOf(p);
	const first = lines.findIndex((l) => l.length >= 4 && paras[0]!.startsWith(l.slice(0, 12)));
	const tail = paras.at(-1)!;
	const end = tail.slice(-8);
	// A hard-wrapped copy may break the last words over two lines: its last piece ends the paragraph.
	const last = lines.findIndex(
		(l, i) => i >= first && l.length >= 2 && (l.includes(end) || tail.endsWith(l)),
	);
	return [first, last];
}

/** Indexes of the lines holding furniture of `family`. */
export function familyLines(p: WebPage, family: string): number[] {
	const own = new Set(p.furniture.filter((f) => f.family === family).map((f) => f.line));
	return linesOf(p).flatMap((l, i) => (own.has(l) ? [i] : []));
}
