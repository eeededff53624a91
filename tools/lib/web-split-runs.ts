import { processSource } from '../../src/lib/ingest/pipeline.ts';
import type { SourceLine } from '../../src/lib/ingest/types.ts';
import type { BoostedTrees, BoostOptions } from '../../src/lib/nlp/boosted-trees.ts';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture, type PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { corpusPath } from './corpus.ts';
import { PROJECT_ROOT } from './project.ts';
import { fitRoundedTrees } from './rounded-trees.ts';
import { buildWebPages, webSourceArticles } from './web-pages-eval.ts';
import { webPageLines } from './web-page-lines.ts';
import { readWebFurniture, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import type { ExtractedItem } from './web-pages-score.ts';
import type { WebPage } from './web-pages.ts';

// What the training scripts of the web page's learned readings (title, date) share: one split's
// synthetic pages at a seed read by the pipeline, and trees fitted on labelled candidate rows.

/** One split's pages at one seed, the items the pipeline read off each and the lines of each. */
export interface SplitPages {
	pages: WebPage[];
	items: ExtractedItem[][];
	/** Each page's lines as ingest's learned readings see them (`webPageLines`). */
	lines: SourceLine[][];
}

/**
 * A reader of each split's `count` pages at a seed, the pipeline run with the page furniture less
 * the learned reading being measured (`without`), so the rules' reading is the baseline; null when
 * ../shared/corpus is not beside this checkout.
 */
export async function webSplitReader(
	count: number,
	without: keyof PageFurniture,
): Promise<((split: WebSplit, seed: number) => SplitPages) | null> {
	const path = corpusPath();
	if (path === null) return null;
	const furniture = readWebFurniture();
	const pools = await webSourceArticles(path);
	const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig(PROJECT_ROOT) };
	const pageFurniture = { ...readPageFurniture() };
	delete pageFurniture[without];
	const encoder = new TextEncoder();
	return (split, seed) => {
		const pages = buildWebPages(
			pools[split],
			furniture,
			split,
			count,
			seed + WEB_SPLITS.indexOf(split),
		);
		const items = pages.map((page) =>
			processSource({ path: page.fileName, bytes: encoder.encode(page.text) }, deps, {
				furniture: pageFurniture,
			}).articles.map((a) => ({ title: a.title, date: a.date, source: a.source, body: a.body })),
		);
		const lines = pages.map((page) => webPageLines(page, pageFurniture));
		return { pages, items, lines };
	};
}

/** Candidate rows of one item with their labels (1: the true reading), as the trees learn them. */
export interface Labelled {
	rows: number[][];
	labels: number[];
}

/**
 * Boosted trees fitted on the items whose candidates hold the true reading and another candidate,
 * their thresholds and values rounded to four places for the file they are written to.
 */
export function fitCandidateTrees(
	items: Iterable<Labelled | undefined>,
	boost: BoostOptions,
): BoostedTrees {
	const rows: number[][] = [];
	const labels: number[] = [];
	for (const item of items)
		if (item !== undefined && item.rows.length > 1 && item.labels.includes(1)) {
			rows.push(...item.rows);
			labels.push(...item.labels);
		}
	return fitRoundedTrees(rows, labels, boost);
}
