import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import { textToLines } from '../../src/lib/ingest/lines.ts';
import { itemSourceRows } from '../../src/lib/ingest/web-source-choice.ts';
import { readPageFurniture, type PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { corpusPath } from './corpus.ts';
import { dressTvItems, mainTvItem, readTvItems, tvSourceRight } from './eval-tv-items.ts';
import type { LabelledSources } from './web-source-rows.ts';

// The 新闻联播 items of the development half (2022–23, dev wording of eval/tv-news-furniture.json)
// dressed as saved CCTV pages as `npm run eval` dresses them, read by the rules, as one more group
// of pages a web-page source model learns from and is left out on.

/** The dressed pages' items as the rules read them, and the transcript item's source candidates. */
export interface TvSourcePages {
	/** Each page's items' sources, in page order. */
	sources: string[][];
	/** Each page's transcript item (-1: none read). */
	main: number[];
	/** Each page's items' candidates: only the transcript item's, labelled 1 where a name is the programme's or broadcaster's. */
	rows: (LabelledSources | undefined)[][];
}

/**
 * The dev half's dressed 新闻联播 pages read with the page furniture less `without` (the learned
 * reading being measured); null when ../shared/corpus is not beside this checkout.
 */
export async function devTvSourcePages(
	without: keyof PageFurniture,
): Promise<TvSourcePages | null> {
	const path = corpusPath();
	if (path === null) return null;
	const furniture = { ...readPageFurniture() };
	delete furniture[without];
	const items = (await readTvItems(path)).dev;
	const encoder = new TextEncoder();
	const out: TvSourcePages = { sources: [], main: [], rows: [] };
	dressTvItems(items, 'dev').forEach((page, k) => {
		const { articles } = extractArticles(
			{ path: `${items[k]!.id}.txt`, bytes: encoder.encode(page.text) },
			{ furniture },
		);
		const main = mainTvItem(articles);
		out.sources.push(articles.map((a) => a.source));
		out.main.push(main);
		out.rows.push(
			itemSourceRows(textToLines(page.text), articles).map((r, i) =>
				r === undefined || i !== main
					? undefined
					: { ...r, labels: r.names.map((n) => (tvSourceRight(n) ? 1 : 0)) },
			),
		);
	});
	return out;
}

/** Share (%) of the pages whose transcript item's source (as `sources` has it) is right. */
export function tvSourceShare(pages: TvSourcePages, sources: string[][]): number {
	const right = pages.main.filter((m, p) => m >= 0 && tvSourceRight(sources[p]![m]!)).length;
	return (100 * right) / pages.main.length;
}
