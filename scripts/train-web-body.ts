// `node scripts/train-web-body.ts [--pages N] [--seeds 2026,7] [--write] [--refit]`: does a learned
// reading of a web page's body lines carry to a split it never saw? For every development web split
// (all but the held-out one), boosted trees over the lines around each item's text
// (web-body-features.ts) are fitted on the other splits and decide the lines of the one left out;
// its clean bodies are printed beside the rules' on the same pages, at each seed, for every pair of
// thresholds, with found and extra items at the best pair that loses no split more than `maxLoss`
// points of either (search-config/web-body-training.json). `--write` then fits the trees on every
// development split at the first seed, with that pair, into search-config/web-body-model.json.
// `--refit` skips the left-out loop and refits the trees at the pair the model file holds (after a
// change to the rules the model reads: a few minutes where the whole run takes much longer).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { WEB_BODY_FEATURES } from '../src/lib/ingest/web-body-features.ts';
import type { BoostedTrees } from '../src/lib/nlp/boosted-trees.ts';
import { searchConfigPath } from '../src/lib/config-path.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { BoostSettingsSchema } from '../src/lib/schema/trained-model.ts';
import { WebBodyWindowSchema } from '../src/lib/schema/web-body-model.ts';
import { fitRoundedTrees } from '../tools/lib/rounded-trees.ts';
import {
	bodyScores,
	oracleScores,
	treeScores,
	type BodySplitData,
	type BodyThresholds,
} from '../tools/lib/web-body-scores.ts';
import { pageBodyRows, readAsWebPage } from '../tools/lib/web-body-rows.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from '../tools/lib/web-pages-furniture.ts';
import type { WebScores } from '../tools/lib/web-pages-score.ts';
import { webTrainerRun } from '../tools/lib/web-trainer-run.ts';

const SettingsSchema = z.object({
	$comment: z.string().optional(),
	boost: BoostSettingsSchema,
	window: WebBodyWindowSchema,
	dropBelow: z.array(z.number()).min(1),
	addAbove: z.array(z.number()).min(1),
	/** Most points of clean or found a pair may lose against the rules on any left-out split. */
	maxLoss: z.number().min(0),
});
const { settings, count, seeds, write, refit, read } = await webTrainerRun(
	'train-web-body',
	SettingsSchema,
	'web-body-training.json',
	'webBodyModel',
	100,
);
// The rules' reading is the baseline: the web body model being replaced is not read.
const { webBodyModel: _, ...pageFurniture } = readPageFurniture();

function collect(split: WebSplit, seed: number): BodySplitData {
	const { pages, items, lines } = read(split, seed);
	// Ingest applies the model on web pages alone: the others' items have no rows.
	const rows = pages.map((page, p) =>
		readAsWebPage(lines[p]!, pageFurniture)
			? pageBodyRows(page, lines[p]!, items[p]!, settings.window)
			: [],
	);
	return { pages, items, lines, rows };
}

/** Trees fitted on every labelled line of `data`. */
function fit(data: BodySplitData[]): BoostedTrees {
	const rows: number[][] = [];
	const labels: number[] = [];
	for (const d of data)
		for (const item of d.rows.flat())
			if (item !== undefined) {
				rows.push(...item.rows);
				labels.push(...item.labels);
			}
	return fitRoundedTrees(rows, labels, settings.boost);
}

const share = (s: WebScores, n: number) => (100 * n) / s.articles;
const dev = WEB_SPLITS.filter((sp) => sp !== HELD_OUT_SPLIT);
const grid = settings.dropBelow.flatMap((dropBelow) =>
	settings.addAbove.map((addAbove) => ({ dropBelow, addAbove })),
);
process.stdout.write(
	`web body, left one split out (${count} pages a split, ${WEB_BODY_FEATURES.length} features; clean body %, rules and model dropping under d and adding over a)\n`,
);
const cell = (x: number | string) => (typeof x === 'number' ? x.toFixed(1) : x).padEnd(10);
/** The left-out loop: every pair's clean beside the rules', and the best safe pair. */
function leftOut() {
	/** Mean left-out clean of every pair of the grid, summed over the seeds. */
	const settingScores = new Array<number>(grid.length).fill(0);
	let rulesScore = 0;
	/** Per seed and split: the rules' and every pair's scores, for the found/extra table. */
	const kept: { seed: number; split: WebSplit; rules: WebScores; model: WebScores[] }[] = [];
	let firstSeed: Map<WebSplit, BodySplitData> | undefined;
	for (const seed of seeds) {
		const data = new Map<WebSplit, BodySplitData>();
		for (const sp of dev) data.set(sp, collect(sp, seed));
		firstSeed ??= data;
		const web = [...data.values()].flatMap((d) => d.rows).filter((r) => r.length > 0).length;
		const header = [
			'split',
			'rules',
			'oracle',
			...grid.map((g) => `d${g.dropBelow}/a${g.addAbove}`),
		];
		process.stdout.write(
			`seed ${seed} (${web} of ${dev.length * count} pages read as web pages)\n  ${header.map(cell).join('')}\n`,
		);
		const sums = new Array<number>(grid.length + 2).fill(0);
		for (const sp of dev) {
			const trees = fit(dev.filter((o) => o !== sp).map((o) => data.get(o)!));
			const d = data.get(sp)!;
			const [rules] = bodyScores(d) as [WebScores];
			const model = bodyScores(d, treeScores(trees), grid);
			kept.push({ seed, split: sp, rules, model });
			const cells = [rules, ...bodyScores(d, oracleScores), ...model].map((s) => share(s, s.clean));
			cells.forEach((c, i) => (sums[i]! += c));
			process.stdout.write(`  ${[sp.toUpperCase(), ...cells].map(cell).join('')}\n`);
		}
		process.stdout.write(`  ${['mean', ...sums.map((x) => x / dev.length)].map(cell).join('')}\n`);
		grid.forEach((_, g) => (settingScores[g]! += sums[g + 2]! / dev.length));
		rulesScore += sums[0]! / dev.length;
	}
	// A pair that loses no split's clean or found by more than `maxLoss` points, nor adds an extra item.
	const safe = grid.map((_, g) =>
		kept.every(({ rules: r, model }) => {
			const m = model[g]!;
			return (
				share(m, m.clean) >= share(r, r.clean) - settings.maxLoss &&
				share(m, m.found) >= share(r, r.found) - settings.maxLoss &&
				m.extra <= r.extra
			);
		}),
	);
	// The best mean left-out clean among the safe pairs; among equals the first, which changes the
	// rules' reading least.
	const at = settingScores.reduce(
		(b, x, i) => (safe[i] && (!safe[b]! || x > settingScores[b]! + 1e-9) ? i : b),
		0,
	);
	if (!safe[at]) process.stdout.write('no pair of thresholds is safe on every split\n');
	const best = grid[at]!;
	process.stdout.write(
		`at d${best.dropBelow}/a${best.addAbove}: clean, found and extra (items) by the rules → the model, left out\n`,
	);
	for (const k of kept) {
		const m = k.model[at]!;
		const r = k.rules;
		process.stdout.write(
			`  ${k.seed} ${k.split.toUpperCase()}  clean ${share(r, r.clean).toFixed(1)} → ${share(m, m.clean).toFixed(1)}  found ${share(r, r.found).toFixed(1)} → ${share(m, m.found).toFixed(1)}  extra ${r.extra} → ${m.extra}\n`,
		);
	}
	const measured = {
		pagesPerSplit: count,
		leftOutCleanRules: Number((rulesScore / seeds.length).toFixed(4)),
		leftOutCleanModel: Number((settingScores[at]! / seeds.length).toFixed(4)),
	};
	return { best, firstSeed: firstSeed!, measured };
}

/** The pair and the left-out measures of the model file a `--refit` replaces. */
function shipped(): { best: BodyThresholds; measured: Record<string, number | string> } {
	const target = searchConfigPath('web-body-model.json');
	if (!existsSync(target)) {
		process.stderr.write(`train-web-body: --refit needs ${target}; run --write first.\n`);
		process.exit(1);
	}
	const file = JSON.parse(readFileSync(target, 'utf8')) as BodyThresholds & {
		training?: Record<string, number | string>;
	};
	const { splits: _s, seed: _d, fittedPagesPerSplit: _f, ...measured } = file.training ?? {};
	return { best: { dropBelow: file.dropBelow, addAbove: file.addAbove }, measured };
}

const run = refit
	? {
			...shipped(),
			firstSeed: new Map(dev.map((sp) => [sp, collect(sp, seeds[0]!)] as const)),
		}
	: leftOut();
const { best, firstSeed } = run;

if (write || refit) {
	const out = {
		$comment:
			'Learned web-page body model, written by `node scripts/train-web-body.ts --write` (settings in web-body-training.json): boosted regression trees over general features of each line around a web page item\u2019s text (src/lib/ingest/web-body-features.ts: where it stands from the first and last kept paragraph and on the page, its length, shares of sentence and clause marks, figures, Latin letters and separators, a key\u2019s colon, how often it recurs on the page, its neighbours\u2019 length, a date, phone number or address, bigrams shared with the headline and with the rest of the text, a few furniture shapes, the rules\u2019 own reading). Fitted on the synthetic web pages of every development split at the first seed. A kept paragraph scored under `dropBelow` goes; a dropped line scored over `addAbove` comes back. `--refit` refits the trees at the same thresholds and keeps the left-out measures of the last full run.',
		features: [...WEB_BODY_FEATURES],
		boosted: fit(dev.map((sp) => firstSeed.get(sp)!)),
		dropBelow: best.dropBelow,
		addAbove: best.addAbove,
		window: settings.window,
		training: {
			splits: dev.join(''),
			seed: seeds[0]!,
			fittedPagesPerSplit: count,
			...run.measured,
		},
	};
	const target = searchConfigPath('web-body-model.json');
	writeFileSync(target, `${JSON.stringify(out, null, '\t')}\n`);
	process.stdout.write(
		`wrote ${target} (dropBelow ${best.dropBelow}, addAbove ${best.addAbove})\n`,
	);
}
