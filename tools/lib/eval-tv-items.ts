import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import type { RawArticle } from '../../src/lib/ingest/types.ts';
import { seededRandom, type FurnitureLine } from '../../src/lib/eval/furnish-page.ts';
import {
	furnishTvItem,
	type FurnishedTvItem,
	type TvItem,
} from '../../src/lib/eval/furnish-tv-item.ts';
import { emptySplitScores, scorePage, type SplitScores } from '../../src/lib/eval/score-split.ts';
import {
	emptyFurnitureScores,
	scoreFurniture,
	type FurnitureScores,
} from '../../src/lib/eval/score-furniture.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { corpusPath, readCorpus } from './corpus.ts';
import type { WordingHalf } from './newspaper-furniture.ts';
import { readTvNewsFurniture } from './tv-news-furniture.ts';

/** Share of the corpus's 新闻联播 items scored, drawn by a hash of the id (about 300 a half). */
const SAMPLE_SHARE = 0.03;

/** Scores of one half's items, read one per file, bare or dressed as saved CCTV pages. */
export interface TvScores {
	split: SplitScores;
	/** Items whose item carries the broadcast's date. */
	date: { hits: number; total: number };
	/** Items whose source names the programme or its broadcaster (新闻联播, 央视). */
	source: { hits: number; total: number };
	furniture: FurnitureScores;
}

const emptyScores = (): TvScores => ({
	split: emptySplitScores(),
	date: { hits: 0, total: 0 },
	source: { hits: 0, total: 0 },
	furniture: emptyFurnitureScores(),
});

const encoder = new TextEncoder();

function scoreItem(item: TvItem, text: string, s: TvScores, furnitureLines: FurnitureLine[]): void {
	const { articles } = extractArticles(
		{ path: `${item.id}.txt`, bytes: encoder.encode(text) },
		{ furniture: readPageFurniture() },
	);
	const gold = {
		id: item.id,
		title: item.title,
		headlineLines: [item.title],
		date: item.date,
		page: 1,
		text: item.paragraphs.join('\n'),
	};
	scorePage(item.id, [gold], articles, s.split);
	scoreFurniture(item.id, furnitureLines, articles, s.furniture);
	const main = articles[mainTvItem(articles)];
	s.date.total++;
	s.source.total++;
	if (main?.date === item.date) s.date.hits++;
	if (main !== undefined && tvSourceRight(main.source)) s.source.hits++;
}

/** Index of the item that holds the transcript: the news item with the most text (-1: none). */
export function mainTvItem(articles: readonly RawArticle[]): number {
	let best = -1;
	articles.forEach((a, i) => {
		if (a.kind !== 'news') return;
		const len = a.paragraphs.join('').length;
		if (best < 0 || len > articles[best]!.paragraphs.join('').length) best = i;
	});
	return best;
}

/** Whether a source names the programme or its broadcaster, as the 新闻联播 items' source should. */
export const tvSourceRight = (source: string): boolean => /新闻联播|央视/.test(source);

/** The sampled 新闻联播 items of the corpus at `path`, by wording half (2022–23 dev, 2024–25 held). */
export async function readTvItems(path: string): Promise<Record<WordingHalf, TvItem[]>> {
	const items: Record<WordingHalf, TvItem[]> = { dev: [], held: [] };
	for await (const row of readCorpus(path)) {
		if (!row.id.startsWith('xwlb-') || seededRandom(row.id)() >= SAMPLE_SHARE) continue;
		const paragraphs = row.text
			.split('\n')
			.map((p) => p.trim())
			.filter((p) => p !== '');
		const half: WordingHalf = row.date < '2024' ? 'dev' : 'held';
		items[half].push({ id: row.id, title: row.title, date: row.date, paragraphs });
	}
	return items;
}

/** Each of one half's items dressed as a saved CCTV page in that half's wording. */
export function dressTvItems(items: readonly TvItem[], half: WordingHalf): FurnishedTvItem[] {
	const wording = readTvNewsFurniture(half);
	const titles = items.map((i) => i.title);
	return items.map((item, k) => {
		// A related link printed with the item's own title (another day's 国内联播快讯) could not
		// be told from the title by the clean score: only other titles are linked.
		const others = titles.filter((t, j) => j !== k && Math.abs(j - k) <= 5 && t !== item.title);
		return furnishTvItem(item, wording, others);
	});
}

/**
 * Title, split, date, source and clean-text scores on 新闻联播 items of `../shared/corpus`, one item
 * per file named as saved (`xwlb-20240305-07.txt`): bare (title and transcript) and dressed as a
 * saved CCTV page (`eval/tv-news-furniture.json`): items of 2022–2023 with the dev wording, of
 * 2024–2025 with the held-out wording. A hashed sample of the items is read. Null without the corpus.
 */
export async function evalTvItems(): Promise<Record<
	WordingHalf,
	{ bare: TvScores; dressed: TvScores }
> | null> {
	const path = corpusPath();
	if (path === null) return null;
	const items = await readTvItems(path);
	const scoreHalf = (half: WordingHalf) => {
		const bare = emptyScores();
		const dressed = emptyScores();
		const pages = dressTvItems(items[half], half);
		items[half].forEach((item, k) => {
			scoreItem(item, `${[item.title, ...item.paragraphs].join('\n')}\n`, bare, []);
			scoreItem(item, pages[k]!.text, dressed, pages[k]!.furniture);
		});
		return { bare, dressed };
	};
	return { dev: scoreHalf('dev'), held: scoreHalf('held') };
}
