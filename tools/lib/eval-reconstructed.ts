import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import type { RawArticle } from '../../src/lib/ingest/types.ts';
import {
	reconstructPages,
	type PrintedArticle,
	type ReconstructedPage,
} from '../../src/lib/eval/reconstruct-pages.ts';
import { emptySplitScores, scorePage, type SplitScores } from '../../src/lib/eval/score-split.ts';
import { furnishPage, type FurnishedPage } from '../../src/lib/eval/furnish-page.ts';
import {
	emptyFurnitureScores,
	scoreFurniture,
	type FurnitureScores,
} from '../../src/lib/eval/score-furniture.ts';
import { readNewspaperFurniture, type WordingHalf } from './newspaper-furniture.ts';
import { readPageFurniture, type PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { corpusPath, readCorpus } from './corpus.ts';

/** 人民日报 articles of the shared corpus with their page, read at run time. */
export async function printedArticles(path: string): Promise<PrintedArticle[]> {
	const out: PrintedArticle[] = [];
	for await (const item of readCorpus(path)) {
		const page = (item as { page?: number }).page;
		if (item.source !== '人民日报' || page === undefined) continue;
		out.push({
			id: item.id,
			title: item.title,
			headlineLines: item.headline_lines ?? [item.title],
			date: item.date,
			page,
			text: item.text,
		});
	}
	return out;
}

const encoder = new TextEncoder();

/** A rebuilt page as the text file `rmrb-<key>.txt` that ingest reads. */
export function pageFile(page: ReconstructedPage): { path: string; bytes: Uint8Array } {
	return { path: `rmrb-${page.key}.txt`, bytes: encoder.encode(page.text) };
}

/** The extractor's articles of one rebuilt page, read as the text file `rmrb-<key>.txt`. */
export function extractPage(page: ReconstructedPage, furniture: PageFurniture): RawArticle[] {
	return extractArticles(pageFile(page), { furniture }).articles;
}

/** Split and title scores of the extractor, with this furniture (and story model), on rebuilt pages. */
export function scorePages(pages: ReconstructedPage[], furniture: PageFurniture): SplitScores {
	const s = emptySplitScores();
	for (const page of pages) scorePage(page.key, page.articles, extractPage(page, furniture), s);
	return s;
}

/** Split, title and furniture scores of the extractor on pages dressed with page furniture. */
export function scoreFurnishedPages(
	pages: FurnishedPage[],
	furniture: PageFurniture,
): { split: SplitScores; furniture: FurnitureScores } {
	const split = emptySplitScores();
	const left = emptyFurnitureScores();
	for (const page of pages) {
		const articles = extractPage(page, furniture);
		scorePage(page.key, page.articles, articles, split);
		scoreFurniture(page.key, page.furniture, articles, left);
	}
	return { split, furniture: left };
}

/** The pages of one half dressed with that half's furniture wording (`dev` 2019, `held` 2020). */
export function furnishedPages(pages: ReconstructedPage[], half: WordingHalf): FurnishedPage[] {
	const wording = readNewspaperFurniture(half);
	return pages.map((p) => furnishPage(p, wording));
}

/** Scores of one year's pages, bare and (with `furnished`) dressed with page furniture. */
export interface YearScores {
	bare: SplitScores;
	furnished?: { split: SplitScores; furniture: FurnitureScores };
}

/** The three parts of the rebuilt pages: two development halves and the held-out one. */
export interface ReconstructedParts {
	/** Issues of 2019, dressed with the development wording. */
	dev: YearScores;
	/** Issues of 2020-01: developed on too, but dressed with the held-out wording. */
	dev2020: YearScores;
	/** Issues of 2020-02 (and any later): held out, dressed with the held-out wording. */
	held: YearScores;
}

/**
 * Split and title scores on 人民日报 pages glued back together from the shared corpus: issues of
 * 2019 and of 2020-01 are development halves (rules may be tuned against them, and examples are
 * printed from them), issues of 2020-02 the held-out half, scored only. With `furnished`, the same
 * pages are scored again dressed as saved e-paper pages (header, navigation, editors line, photo
 * captions; `eval/newspaper-furniture.json`), 2019 with the development wording and all of 2020
 * with the held-out wording (2020-01 was held out before and keeps that wording, so its second
 * half of the wording is still never tuned against on 2019 pages). Null when the corpus is not
 * beside this checkout.
 */
export async function evalReconstructedPages(
	options: { furnished?: boolean } = {},
): Promise<ReconstructedParts | null> {
	const path = corpusPath();
	if (path === null) return null;
	const pages = reconstructPages(await printedArticles(path));
	const furniture = readPageFurniture();
	const year = (list: ReconstructedPage[], half: WordingHalf): YearScores => {
		const bare = scorePages(list, furniture);
		if (options.furnished !== true) return { bare };
		return { bare, furnished: scoreFurnishedPages(furnishedPages(list, half), furniture) };
	};
	return {
		dev: year(
			pages.filter((p) => p.date.startsWith('2019')),
			'dev',
		),
		dev2020: year(
			pages.filter((p) => p.date.startsWith('2020-01')),
			'held',
		),
		held: year(
			pages.filter((p) => !p.date.startsWith('2019') && !p.date.startsWith('2020-01')),
			'held',
		),
	};
}
