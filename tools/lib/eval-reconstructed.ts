import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import {
	reconstructPages,
	type PrintedArticle,
	type ReconstructedPage,
} from '../../src/lib/eval/reconstruct-pages.ts';
import { emptySplitScores, scorePage, type SplitScores } from '../../src/lib/eval/score-split.ts';
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

/** Split and title scores of the extractor, with this furniture (and story model), on rebuilt pages. */
export function scorePages(pages: ReconstructedPage[], furniture: PageFurniture): SplitScores {
	const s = emptySplitScores();
	const encoder = new TextEncoder();
	for (const page of pages) {
		const { articles } = extractArticles(
			{ path: `rmrb-${page.key}.txt`, bytes: encoder.encode(page.text) },
			{ furniture },
		);
		scorePage(page.key, page.articles, articles, s);
	}
	return s;
}

/**
 * Split and title scores on 人民日报 pages glued back together from the shared corpus: issues of
 * 2019 are the development half (rules may be tuned against them), issues of 2020 the held-out
 * half. Null when the corpus is not beside this checkout.
 */
export async function evalReconstructedPages(): Promise<{
	dev: SplitScores;
	held: SplitScores;
} | null> {
	const path = corpusPath();
	if (path === null) return null;
	const pages = reconstructPages(await printedArticles(path));
	const furniture = readPageFurniture();
	return {
		dev: scorePages(
			pages.filter((p) => p.date.startsWith('2019')),
			furniture,
		),
		held: scorePages(
			pages.filter((p) => !p.date.startsWith('2019')),
			furniture,
		),
	};
}
