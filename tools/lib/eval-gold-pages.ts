import { processSource, type PipelineDeps } from '../../src/lib/ingest/pipeline.ts';
import { paragraphsOf, reconstructPages } from '../../src/lib/eval/reconstruct-pages.ts';
import {
	matchItem,
	regionErrorClass,
	type GoldRegion,
	type RegionErrorClass,
} from '../../src/lib/eval/score-page-region.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import { furnishTvItem } from '../../src/lib/eval/furnish-tv-item.ts';
import { readCorpus } from './corpus.ts';
import { readTvNewsFurniture } from './tv-news-furniture.ts';
import { printedArticles } from './eval-reconstructed.ts';

/** A corpus-gold label as `eval:gold` reads it. */
export interface GoldLabel extends GoldRegion {
	id: string;
	primary: string | null;
}

/** One gold article scored through the page it was printed on (or the programme item it was). */
export interface ThroughPageItem {
	id: string;
	/** `人民日报 2019`, `人民日报 2020`, `新闻联播`: scored apart, so 2020 can stay unseen while tuning. */
	group: string;
	/** Input file name the pipeline saw. */
	file: string;
	gold: GoldLabel;
	/** The extracted item holding the gold article; null when none shares its text. */
	article: Article | null;
	/** Share of that item's text that is its neighbours' (0 when it is clean). */
	foreign: number;
	/** Null when the primary region is right. */
	regionError: RegionErrorClass | 'not found' | null;
}

/** The group of 新闻联播 items read as saved CCTV pages: a second reading, left out of the totals. */
export const SAVED_TV_GROUP = '新闻联播 saved page';

const encoder = new TextEncoder();

function scoreFile(
	file: string,
	text: string,
	targets: Array<{ gold: GoldLabel; text: string; group: string }>,
	deps: PipelineDeps,
	furniture: PageFurniture,
): ThroughPageItem[] {
	const { articles } = processSource({ path: file, bytes: encoder.encode(text) }, deps, {
		furniture,
	});
	return targets.map(({ gold, text: goldText, group }) => {
		const m = matchItem(goldText, articles);
		return {
			id: gold.id,
			group,
			file,
			gold,
			article: m?.item ?? null,
			foreign: m?.foreign ?? 0,
			regionError: m === null ? 'not found' : regionErrorClass(gold, m.item.region),
		};
	});
}

/**
 * Runs every corpus-gold article through the real ingest pipeline (`processSource`, as
 * `npm run ingest` runs a text file) inside the page it was printed on: a 人民日报 item's page is
 * glued back from all corpus articles of that date and page, in print order, and named like a saved
 * page (`rmrb-2020-05-06-p13.txt`). The pipeline has no style for a whole 新闻联播 programme, so each
 * 新闻联播 item is one file (`xwlb-20220101-01.txt`: its title, then its paragraphs), read again
 * dressed as its saved CCTV page (`eval/tv-news-furniture.json`, dev wording for 2022–23, held for
 * later years; group `新闻联播 saved page`). The item that
 * holds the gold article is the one whose text overlaps it most (character bigrams).
 */
export async function goldThroughPages(
	gold: ReadonlyMap<string, GoldLabel>,
	corpus: string,
	deps: PipelineDeps,
	furniture: PageFurniture,
): Promise<ThroughPageItem[]> {
	const out: ThroughPageItem[] = [];
	const wanted = (id: string) => gold.get(id.toLowerCase());
	const pages = reconstructPages(
		(await printedArticles(corpus)).filter((a) => a.id.startsWith('rmrb-')),
	).filter((p) => p.articles.some((a) => wanted(a.id)));
	for (const page of pages) {
		const targets = page.articles.flatMap((a) => {
			const g = wanted(a.id);
			if (g === undefined) return [];
			const group = `人民日报 ${a.date.slice(0, 4)}`;
			return [{ gold: g, text: [...a.headlineLines, ...paragraphsOf(a)].join('\n'), group }];
		});
		out.push(...scoreFile(`rmrb-${page.key}.txt`, page.text, targets, deps, furniture));
	}
	const tvWording = { dev: readTvNewsFurniture('dev'), held: readTvNewsFurniture('held') };
	// Related videos on a saved page name the items read before it.
	const titles: string[] = [];
	for await (const row of readCorpus(corpus)) {
		const g = wanted(row.id);
		if (g === undefined || !row.id.startsWith('xwlb-')) continue;
		const paragraphs = row.text
			.split('\n')
			.map((p) => p.trim())
			.filter((p) => p !== '');
		const text = `${[row.title, ...paragraphs].join('\n')}\n`;
		out.push(
			...scoreFile(`${row.id}.txt`, text, [{ gold: g, text, group: '新闻联播' }], deps, furniture),
		);
		// The same item saved from its CCTV page, its furniture in the wording of its years.
		const item = { id: row.id, title: row.title, date: row.date, paragraphs };
		const saved = furnishTvItem(item, tvWording[row.date < '2024' ? 'dev' : 'held'], titles);
		out.push(
			...scoreFile(
				`${row.id}.txt`,
				saved.text,
				[{ gold: g, text, group: SAVED_TV_GROUP }],
				deps,
				furniture,
			),
		);
		titles.push(row.title);
	}
	return out;
}
