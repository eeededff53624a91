import { expect } from 'vitest';
import { furnitureForSplit, readWebFurniture, type WebSplit } from './web-pages-furniture.ts';
import {
	emptyWebScores,
	keptFurniture,
	scoreWebPage,
	type ExtractedItem,
} from './web-pages-score.ts';
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

/** Every furniture family on the pages of `split` over the first 40 test seeds, in each of `layouts`. */
export function familiesOf(
	page: TestPageBuilder,
	split: WebSplit,
	layouts: readonly WebLayout[],
): Set<string> {
	const families = new Set<string>();
	for (const seed of TEST_SEEDS.slice(0, 40))
		for (const layout of layouts)
			for (const f of page(split, seed, layout).furniture) families.add(f.family);
	return families;
}

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

/**
 * Asserts that `pages`, those of the test seeds with one page kind, are about `rate` of them (views
 * without the site's own top and foot, mobile or print, never have it: a little under the rate) and
 * that a perfect extraction of them scores every field right with nothing extra.
 */
export function expectAtRateAllRight(pages: WebPage[], rate: number): void {
	expect(pages.length).toBeGreaterThan(TEST_SEEDS.length * rate * 0.4);
	expect(pages.length).toBeLessThan(TEST_SEEDS.length * rate * 1.6);
	const n = pages.length;
	expect(perfectScores(pages)).toEqual([n, n, n, n, n, 0]);
}

/** Asserts that `family`'s lines on `pages` are furniture, never tolerated: left in the body they count as not clean. */
export function expectCaughtInBody(pages: WebPage[], family: string): void {
	for (const p of pages) {
		const truth = p.articles[0]!;
		const lines = p.furniture.filter((f) => f.family === family);
		expect(lines.every((f) => !f.tolerated)).toBe(true);
		const dirty = `${truth.body}\n${lines.map((f) => f.line).join('\n')}`;
		expect(keptFurniture(dirty, truth, p.furniture).length).toBeGreaterThan(0);
	}
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

/** The dates a line prints as year, month and day (2024-03-18, 2024年3月18日, 2024.03.18), in ISO form. */
export const isoDates = (line: string): string[] =>
	[...line.matchAll(/(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/gu)].map(
		([, y, m, d]) => `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
	);

/** The furniture lines of `family` on `p`, as the page recorded them. */
export const linesOfFamily = (p: WebPage, family: string): string[] =>
	p.furniture.filter((f) => f.family === family).map((f) => f.line);

/** True when every line of `family` on `p` comes after the last line of its text. */
export const allAfterBody = (p: WebPage, family: string): boolean =>
	familyLines(p, family).every((at) => at > bodySpan(p)[1]);
