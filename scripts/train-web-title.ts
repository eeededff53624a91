// `node scripts/train-web-title.ts [--pages N] [--seeds 2026,7] [--write]`: does a learned title for
// web pages carry to a split it never saw? For every web split before `last` (search-config
// web-title-training.json), boosted trees over the lines over each item's text
// (web-title-features.ts) are fitted on the other splits and read the titles of the one left out;
// then fitted on all of them and read `last`'s. Each is printed beside the rules' title on the same
// pages, at each seed. `--write` then fits the trees on every split up to `last` at the first seed,
// with the margin and keepAbove of the best mean left-out title, into search-config/web-title-model.json.
import { writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { pickWebTitle } from '../src/lib/ingest/web-title-choice.ts';
import { WEB_TITLE_FEATURES } from '../src/lib/ingest/web-title-features.ts';
import type { BoostedTrees } from '../src/lib/nlp/boosted-trees.ts';
import { searchConfigPath } from '../src/lib/config-path.ts';
import { BoostSettingsSchema } from '../src/lib/schema/trained-model.ts';
import { WEB_SPLITS, type WebSplit } from '../tools/lib/web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage } from '../tools/lib/web-pages-score.ts';
import { pageItemRows, type LabelledRows } from '../tools/lib/web-title-rows.ts';
import { fitCandidateTrees, type SplitPages } from '../tools/lib/web-split-runs.ts';
import { webTrainerRun } from '../tools/lib/web-trainer-run.ts';

const SettingsSchema = z.object({
	$comment: z.string().optional(),
	boost: BoostSettingsSchema,
	window: z.object({ lines: z.number().int().min(1), chars: z.number().int().min(4) }),
	margins: z.array(z.number().min(0)).min(1),
	keepAbove: z.array(z.number()).min(1),
	/** The split scored only by a model fitted on all the others. */
	last: z.string(),
});
const { settings, settingsPath, count, seeds, write, read } = await webTrainerRun(
	'train-web-title',
	SettingsSchema,
	'web-title-training.json',
	'webTitleModel',
	300,
);

/** One split's pages at one seed, what the pipeline read off each, and each item's candidates. */
interface SplitData extends SplitPages {
	rows: (LabelledRows | undefined)[][];
}

function collect(split: WebSplit, seed: number): SplitData {
	const { pages, items, lines } = read(split, seed);
	const rows = pages.map((page, p) => pageItemRows(page, lines[p]!, items[p]!, settings.window));
	return { pages, items, lines, rows };
}

const round4 = (x: number) => Number(x.toFixed(4));
/** Trees fitted on the items of `data` whose candidates hold the true title and another line. */
const fit = (data: SplitData[]): BoostedTrees =>
	fitCandidateTrees(
		data.flatMap((d) => d.rows.flat()),
		settings.boost,
	);

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

if (write && firstSeed !== undefined) {
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
