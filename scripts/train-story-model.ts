// `node scripts/train-story-model.ts [--cv]`: fits the learned story-start model
// (search-config/story-model.json) on 人民日报 pages of 2019 glued back together from
// ../shared/corpus (read at run time). Pages of 2020 are never read: `npm run eval` scores them.
// `--cv` writes nothing: it fits on one half of 2019's months, scores the other, both ways.
import { writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { BoostSettingsSchema } from '../src/lib/schema/trained-model.ts';
import { cleanLines } from '../src/lib/ingest/clean.ts';
import { decodeSource } from '../src/lib/ingest/decode.ts';
import { pageToLines } from '../src/lib/ingest/page-segments.ts';
import { splitArticles } from '../src/lib/ingest/split-articles.ts';
import { STORY_FEATURES } from '../src/lib/ingest/story-features.ts';
import { searchConfigPath } from '../src/lib/config-path.ts';
import {
	articleStartLines,
	reconstructPages,
	singleArticlePage,
	type ReconstructedPage,
} from '../src/lib/eval/reconstruct-pages.ts';
import { readPageFurniture, type PageFurniture } from '../src/lib/schema/page-furniture.ts';
import type { StoryModel } from '../src/lib/schema/story-model.ts';
import { parseWithFriendlyErrors } from '../src/lib/schema/friendly-errors.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';
import { extractPage, printedArticles, scorePages } from '../tools/lib/eval-reconstructed.ts';
import {
	emptySplitScores,
	FAILURE_CLASSES,
	scorePage,
	type SplitScores,
} from '../src/lib/eval/score-split.ts';
import type { SourceLine } from '../src/lib/ingest/types.ts';
import { fitLogistic, type LogisticData } from '../tools/lib/fit-logistic.ts';
import { fitBoostedTrees } from '../src/lib/nlp/boosted-trees.ts';

const SettingsSchema = z.object({
	$comment: z.string().optional(),
	method: z.enum(['trees', 'logistic']),
	boost: BoostSettingsSchema,
	l2: z.number().min(0),
	singleArticles: z.number().int().min(0),
	rounds: z.number().int().min(1).max(5),
	thresholds: z.array(z.number().gt(0).lt(1)).min(1),
});

const settingsPath = searchConfigPath('story-training.json');
const settings = parseWithFriendlyErrors(
	SettingsSchema,
	JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(settingsPath, 'utf8'))),
	`search-config → ${settingsPath}`,
);

const path = corpusPath();
if (path === null) {
	process.stderr.write('train-story-model: ../shared/corpus is not beside this checkout.\n');
	process.exit(1);
}
const printed = (await printedArticles(path)).filter((a) => a.date.startsWith('2019'));
const newspaperPages = reconstructPages(printed);
// Single articles of 2019 (人民日报 and 新闻联播), read alone as a saved article is: one story each.
const singles: ReconstructedPage[] = [];
const every = 7;
let seen = 0;
for await (const item of readCorpus(path)) {
	if (singles.length >= settings.singleArticles) break;
	if (!item.date.startsWith('2019') || seen++ % every !== 0) continue;
	singles.push(
		singleArticlePage({
			id: item.id,
			title: item.title,
			headlineLines: item.headline_lines ?? [item.title],
			date: item.date,
			page: 0,
			text: item.text,
		}),
	);
}
// The model being replaced is not read: it may have been fitted on other features.
const furniture: PageFurniture = readPageFurniture(undefined, 'all');
const encoder = new TextEncoder();
const cleanedOf = new Map<ReconstructedPage, SourceLine[]>();
const cleaned = (page: ReconstructedPage): SourceLine[] => {
	let lines = cleanedOf.get(page);
	if (lines !== undefined) return lines;
	const decoded = decodeSource(`rmrb-${page.key}.txt`, encoder.encode(page.text));
	if (!decoded.ok) throw new Error(`page ${page.key} could not be decoded`);
	lines = cleanLines(pageToLines(decoded.text, decoded.format), furniture).lines;
	cleanedOf.set(page, lines);
	return lines;
};

/** Candidates met along the split the given model makes (the rules' split without one). */
function collect(pages: ReconstructedPage[], model: StoryModel | undefined, data: LogisticData) {
	for (const page of pages) {
		const starts = articleStartLines(page);
		splitArticles(cleaned(page), furniture.storyBoundary, {
			...(model === undefined ? {} : { model }),
			trace: (candidate, features) => {
				data.rows.push(features);
				data.labels.push(starts.has(candidate.lines[candidate.k]!.line) ? 1 : 0);
			},
		});
	}
}

const round4 = (x: number) => Number(x.toFixed(4));

/** The model of the settings' method fitted on the candidates, without its threshold. */
function fit(data: LogisticData): Omit<StoryModel, 'threshold'> {
	const features = [...STORY_FEATURES];
	if (settings.method === 'logistic') {
		const f = fitLogistic(data, settings.l2);
		return { features, weights: f.weights.map(round4), bias: round4(f.bias) };
	}
	const b = fitBoostedTrees(data.rows, data.labels, settings.boost);
	const trees = b.trees.map((t) =>
		t.map((n) => ('v' in n ? { v: round4(n.v) } : { ...n, t: round4(n.t) })),
	);
	return { features, boosted: { base: round4(b.base), trees } };
}

const pct = (x: { hits: number; total: number }) => `${((x.hits / x.total) * 100).toFixed(1)}%`;

/** The model fitted on these newspaper pages and single articles, its threshold chosen on them. */
function train(news: ReconstructedPage[], alone: ReconstructedPage[]): StoryModel {
	const data: LogisticData = { rows: [], labels: [] };
	let model: StoryModel | undefined;
	for (let round = 0; round < settings.rounds; round++) {
		collect([...news, ...alone], model, data);
		const fitted = fit(data);
		let best: { threshold: number; score: number; found: number; clean: number } | undefined;
		for (const threshold of settings.thresholds) {
			const candidate: StoryModel = { ...fitted, threshold };
			const s = scorePages(news, { ...furniture, storyModel: candidate });
			const found = s.found.hits / s.found.total;
			const clean = s.clean.hits / s.clean.total;
			const one = scorePages(alone, { ...furniture, storyModel: candidate });
			const whole = one.clean.total === 0 ? 1 : alone.length / Math.max(one.clean.total, 1);
			process.stdout.write(
				`round ${round + 1} threshold ${threshold}: found ${pct(s.found)} clean ${pct(s.clean)} title ${pct(s.title)}; single articles: ${one.clean.total} items for ${alone.length}\n`,
			);
			if (best === undefined || found + clean + whole > best.score)
				best = { threshold, score: found + clean + whole, found, clean };
		}
		model = {
			...fitted,
			threshold: best!.threshold,
			training: {
				pages: news.length,
				singleArticles: alone.length,
				candidates: data.labels.length,
				starts: data.labels.filter((y) => y === 1).length,
				rounds: round + 1,
				found2019: Number(best!.found.toFixed(4)),
				clean2019: Number(best!.clean.toFixed(4)),
			},
		};
	}
	return model!;
}

if (process.argv.includes('--cv')) {
	// Two folds by month of issue (the first half of 2019's months, then the rest): fitted on one,
	// scored on the other, so a page is never scored by a model that saw it or its month.
	const months = [...new Set(newspaperPages.map((p) => p.date.slice(0, 7)))].sort();
	const early = new Set(months.slice(0, Math.ceil(months.length / 2)));
	const inFold = (date: string, f: number) => early.has(date.slice(0, 7)) === (f === 0);
	const total = emptySplitScores();
	const byPage = new Map<number, SplitScores>();
	for (const f of [0, 1]) {
		const model = train(
			newspaperPages.filter((p) => inFold(p.date, f)),
			singles.filter((p) => inFold(p.date, f)),
		);
		for (const page of newspaperPages.filter((p) => !inFold(p.date, f))) {
			const items = extractPage(page, { ...furniture, storyModel: model });
			scorePage(page.key, page.articles, items, total);
			const n = page.articles[0]!.page;
			if (!byPage.has(n)) byPage.set(n, emptySplitScores());
			scorePage(page.key, page.articles, items, byPage.get(n)!);
		}
	}
	// Where on the paper the boundaries fail: 要闻 up front, then 评论, 理论, 国际, 副刊 and 专版 pages.
	for (const [n, s] of [...byPage].sort((a, b) => a[0] - b[0]))
		process.stdout.write(
			`  page ${String(n).padStart(2)}: ${s.found.total} articles, split apart ${s.failures['split apart']}, lost ${s.failures['lost in a neighbour']}, carries ${s.failures['carries a neighbour’s text']}\n`,
		);
	process.stdout.write(
		`cross-validated 2019: found ${pct(total.found)} (${total.found.hits}/${total.found.total}) clean ${pct(total.clean)} (${total.clean.hits}/${total.clean.total}) title ${pct(total.title)} (${total.title.hits}/${total.title.total})\n`,
	);
	for (const c of FAILURE_CLASSES) process.stdout.write(`  ${c.padEnd(32)} ${total.failures[c]}\n`);
	process.exit(0);
}
const model = train(newspaperPages, singles);

const out = {
	$comment:
		'Learned story-start model, written by `node scripts/train-story-model.ts` (settings in story-training.json): boosted regression trees (or a logistic regression) over general features of each headline line met on a page (src/lib/ingest/story-features.ts: its shape, the line above, what follows the block, bigram overlap of the headline and the next paragraphs with the story so far, the page grammar\u2019s own verdict). Fitted on 人民日报 pages of 2019 rebuilt from ../shared/corpus; 2020 is held out. A headline block opens a story at its most probable line when that probability exceeds `threshold`.',
	...model,
};
const target = searchConfigPath('story-model.json');
writeFileSync(target, `${JSON.stringify(out, null, '\t')}\n`);
process.stdout.write(`wrote ${target}\n`);
