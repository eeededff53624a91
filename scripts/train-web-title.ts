// `node scripts/train-web-title.ts [--pages N] [--seeds 2026,7] [--write]`: does a learned title for
// web pages carry to a split it never saw? For every web split before `last` (search-config
// web-title-training.json), boosted trees over the lines over each item's text
// (web-title-features.ts) are fitted on the other splits and read the titles of the one left out;
// then fitted on all of them and read `last`'s. Each is printed beside the rules' title on the same
// pages, at each seed. `--write` then fits the trees on every split up to `last` at the first seed,
// with the margin and keepAbove of the best mean left-out title, into search-config/web-title-model.json.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { processSource } from '../src/lib/ingest/pipeline.ts';
import { pickWebTitle } from '../src/lib/ingest/web-title-choice.ts';
import { WEB_TITLE_FEATURES } from '../src/lib/ingest/web-title-features.ts';
import type { BoostedTrees } from '../src/lib/nlp/boosted-trees.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { searchConfigPath } from '../src/lib/config-path.ts';
import { parseWithFriendlyErrors, readJsonFile } from '../src/lib/schema/friendly-errors.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { BoostSettingsSchema } from '../src/lib/schema/trained-model.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';
import { fitRoundedTrees } from '../tools/lib/rounded-trees.ts';
import { buildWebPages, webSourceArticles } from '../tools/lib/web-pages-eval.ts';
import { readWebFurniture, WEB_SPLITS, type WebSplit } from '../tools/lib/web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage, type ExtractedItem } from '../tools/lib/web-pages-score.ts';
import type { WebPage } from '../tools/lib/web-pages.ts';
import { pageItemRows, type LabelledRows } from '../tools/lib/web-title-rows.ts';

const SettingsSchema = z.object({
	$comment: z.string().optional(),
	boost: BoostSettingsSchema,
	window: z.object({ lines: z.number().int().min(1), chars: z.number().int().min(4) }),
	margins: z.array(z.number().min(0)).min(1),
	keepAbove: z.array(z.number()).min(1),
	/** The split scored only by a model fitted on all the others. */
	last: z.string(),
});
const settingsPath = searchConfigPath('web-title-training.json');
const settings = parseWithFriendlyErrors(
	SettingsSchema,
	readJsonFile(settingsPath),
	`search-config → ${settingsPath}`,
);
const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '300' },
		seeds: { type: 'string', default: '2026,7' },
		write: { type: 'boolean', default: false },
	},
});
const count = Number(values.pages);
const seeds = values.seeds.split(',').map(Number);

const path = corpusPath();
if (path === null) {
	process.stderr.write('train-web-title: ../shared/corpus is not beside this checkout.\n');
	process.exit(1);
}
const furniture = readWebFurniture();
const pools = await webSourceArticles(path);
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig(PROJECT_ROOT) };
// The rules' reading is the baseline: the web title model being replaced is not read.
const { webTitleModel: _, ...pageFurniture } = readPageFurniture();
const encoder = new TextEncoder();

/** One split's pages at one seed, what the pipeline read off each, and each item's candidates. */
interface SplitData {
	pages: WebPage[];
	items: ExtractedItem[][];
	rows: (LabelledRows | undefined)[][];
}

function collect(split: WebSplit, seed: number): SplitData {
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
	const rows = pages.map((page, p) => pageItemRows(page, items[p]!, settings.window));
	return { pages, items, rows };
}

const round4 = (x: number) => Number(x.toFixed(4));
/** Trees fitted on the items of `data` whose candidates hold the true title and another line. */
function fit(data: SplitData[]): BoostedTrees {
	const rows: number[][] = [];
	const labels: number[] = [];
	for (const d of data)
		for (const item of d.rows.flat())
			if (item !== undefined && item.rows.length > 1 && item.labels.includes(1)) {
				rows.push(...item.rows);
				labels.push(...item.labels);
			}
	return fitRoundedTrees(rows, labels, settings.boost);
}

/**
 * Title exact (%) on a split's pages, by the rules or, given trees, by the model; `oracle` takes
 * the true title wherever it is a candidate (the most any choice among them can reach).
 */
function titleShare(
	d: SplitData,
	trees?: BoostedTrees | 'oracle',
	margin = 0,
	keepAbove = 0,
): number {
	const s = emptyWebScores();
	d.pages.forEach((page, p) => {
		const items = d.items[p]!.map((it, i) => {
			const item = d.rows[p]![i];
			if (trees === undefined || item === undefined || item.rows.length === 0) return it;
			const k =
				trees === 'oracle'
					? item.labels.includes(1)
						? item.labels.indexOf(1)
						: item.rule
					: pickWebTitle(item, trees, margin, keepAbove);
			return k < 0 ? it : { ...it, title: item.head[k]!.text };
		});
		scoreWebPage(page, items, s);
	});
	return (100 * s.title) / s.articles;
}

const last = WEB_SPLITS.find((sp) => sp === settings.last);
if (last === undefined) throw new Error(`${settingsPath}: \`last\` names no web split`);
const dev = WEB_SPLITS.filter((sp) => WEB_SPLITS.indexOf(sp) < WEB_SPLITS.indexOf(last));
const grid = settings.margins.flatMap((margin) =>
	settings.keepAbove.map((keepAbove) => ({ margin, keepAbove })),
);
process.stdout.write(
	`web title, left one split out (${count} pages a split, ${WEB_TITLE_FEATURES.length} features; title exact %, rules and model at margin m, keepAbove k)\n`,
);
/** Mean left-out title of every setting of the grid, summed over the seeds. */
const settingScores = new Array<number>(grid.length).fill(0);
let rulesScore = 0;
let firstSeed: Map<WebSplit, SplitData> | undefined;
for (const seed of seeds) {
	const data = new Map<WebSplit, SplitData>();
	for (const sp of [...dev, last]) data.set(sp, collect(sp, seed));
	firstSeed ??= data;
	const header = ['split', 'rules', 'oracle', ...grid.map((g) => `m${g.margin}/k${g.keepAbove}`)];
	process.stdout.write(`seed ${seed}\n  ${header.map((h) => h.padEnd(10)).join('')}\n`);
	const sums = new Array<number>(grid.length + 2).fill(0);
	const line = (sp: string, cells: number[]) =>
		process.stdout.write(
			`  ${sp.padEnd(10)}${cells.map((c) => c.toFixed(1).padEnd(10)).join('')}\n`,
		);
	for (const sp of dev) {
		const trees = fit(dev.filter((o) => o !== sp).map((o) => data.get(o)!));
		const d = data.get(sp)!;
		const cells = [
			titleShare(d),
			titleShare(d, 'oracle'),
			...grid.map((g) => titleShare(d, trees, g.margin, g.keepAbove)),
		];
		cells.forEach((c, i) => (sums[i]! += c));
		line(sp.toUpperCase(), cells);
	}
	line(
		'mean',
		sums.map((x) => x / dev.length),
	);
	grid.forEach((_, g) => (settingScores[g]! += sums[g + 2]! / dev.length));
	rulesScore += sums[0]! / dev.length;
	const trees = fit(dev.map((o) => data.get(o)!));
	const d = data.get(last)!;
	line(`${last.toUpperCase()} (all)`, [
		titleShare(d),
		titleShare(d, 'oracle'),
		...grid.map((g) => titleShare(d, trees, g.margin, g.keepAbove)),
	]);
}

if (values.write && firstSeed !== undefined) {
	// The best mean left-out title; among equals the first, which keeps the rules' reading most often.
	const at = settingScores.reduce((b, x, i) => (x > settingScores[b]! ? i : b), 0);
	const best = grid[at]!;
	const out = {
		$comment:
			'Learned web-page title model, written by `node scripts/train-web-title.ts --write` (settings in web-title-training.json): boosted regression trees over general features of each title-shaped line over an item\u2019s text on a web page (src/lib/ingest/web-title-features.ts: the headline-block features of title-features.ts, its distance from the text, how often it recurs on the page, whether another line holds it, a key\u2019s colon, site, organisation, stamp and menu shapes, separators, the rules\u2019 own reading). Fitted on the synthetic web pages of every split up to `last` at the first seed. The rules\u2019 title stays when the model gives it log-odds above `keepAbove`; otherwise the best-scoring line replaces it when it beats it by `margin`.',
		features: [...WEB_TITLE_FEATURES],
		boosted: fit([...dev, last].map((sp) => firstSeed.get(sp)!)),
		margin: best.margin,
		keepAbove: best.keepAbove,
		window: settings.window,
		training: {
			splits: `a-${last}`,
			seed: seeds[0]!,
			pagesPerSplit: count,
			leftOutTitleRules: round4(rulesScore / seeds.length),
			leftOutTitleModel: round4(settingScores[at]! / seeds.length),
		},
	};
	const target = searchConfigPath('web-title-model.json');
	writeFileSync(target, `${JSON.stringify(out, null, '\t')}\n`);
	process.stdout.write(`wrote ${target} (margin ${best.margin}, keepAbove ${best.keepAbove})\n`);
}
