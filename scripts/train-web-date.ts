// `node scripts/train-web-date.ts [--pages N] [--seeds 2026,7] [--write]`: does a learned date for
// web pages carry to a split it never saw? For every web split up to `last` (search-config
// web-date-training.json), boosted trees over every full date a page prints (web-date-features.ts)
// are fitted on the other splits and read the dates of the one left out, printed beside the rules'
// date on the same pages, at each seed. `--write` then fits the trees on every split up to `last`
// at the first seed, with the margin and keepAbove of the best mean left-out date among the
// settings that lose at most `maxLoss` points on every left-out split, into
// search-config/web-date-model.json (none is written when no setting does, or when the best gains
// less than `minGain` points over the rules' mean).
import { pickWebDate } from '../src/lib/ingest/web-date-choice.ts';
import { WEB_DATE_FEATURES } from '../src/lib/ingest/web-date-features.ts';
import type { BoostedTrees } from '../src/lib/nlp/boosted-trees.ts';
import { pageItemDates, type LabelledDates } from '../tools/lib/web-date-rows.ts';
import {
	leaveOneSplitOut,
	LosoSettingsSchema,
	marginGrid,
	splitsUpTo,
	writeLosoModel,
} from '../tools/lib/web-loso.ts';
import type { WebSplit } from '../tools/lib/web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage } from '../tools/lib/web-pages-score.ts';
import { fitCandidateTrees, type SplitPages } from '../tools/lib/web-split-runs.ts';
import { webTrainerRun } from '../tools/lib/web-trainer-run.ts';

const { settings, settingsPath, count, seeds, write, read } = await webTrainerRun(
	'train-web-date',
	LosoSettingsSchema,
	'web-date-training.json',
	'webDateModel',
	300,
);

/** One split's pages at one seed, what the pipeline read off each, and each item's candidates. */
interface SplitData extends SplitPages {
	rows: (LabelledDates | undefined)[][];
}

function collect(split: WebSplit, seed: number): SplitData {
	const { pages, items, lines } = read(split, seed);
	return {
		pages,
		items,
		lines,
		rows: pages.map((page, p) => pageItemDates(page, lines[p]!, items[p]!)),
	};
}

const fit = (data: SplitData[]): BoostedTrees =>
	fitCandidateTrees(
		data.flatMap((d) => d.rows.flat()),
		settings.boost,
	);

/** Date exact (%) on a split's pages, by the rules, by the model, or by an oracle among the candidates. */
function dateShare(d: SplitData, trees?: BoostedTrees | 'oracle', margin = 0, keepAbove = 0) {
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
					: pickWebDate(item, trees, margin, keepAbove);
			return k < 0 ? it : { ...it, date: item.dates[k]! };
		});
		scoreWebPage(page, items, s);
	});
	return (100 * s.date) / s.articles;
}

const splits = splitsUpTo(settings.last, settingsPath);
const grid = marginGrid(settings.margins, settings.keepAbove);
process.stdout.write(
	`web date, left one split out (${count} pages a split, ${WEB_DATE_FEATURES.length} features; date exact %, rules and model at margin m, keepAbove k)\n`,
);
const result = leaveOneSplitOut(
	{ collect, fit, score: (d, trees, g) => dateShare(d, trees, g?.margin, g?.keepAbove) },
	splits,
	seeds,
	grid,
);

if (write)
	writeLosoModel(result, grid, {
		file: 'web-date-model.json',
		comment:
			'Learned web-page date model, written by `node scripts/train-web-date.ts --write` (settings in web-date-training.json): boosted regression trees over general features of every full date a web page prints (src/lib/ingest/web-date-features.ts: where it stands from the item\u2019s text, the kind of key before it, how many dates its line and its neighbours hold, how often the page prints it, the rules\u2019 own reading). Fitted on the synthetic web pages of every split up to `last` at the first seed. The rules\u2019 date stays when the model gives it log-odds above `keepAbove`; otherwise the best-scoring date replaces it when it beats it by `margin`.',
		features: WEB_DATE_FEATURES,
		what: 'Date',
		splits: `a-${settings.last}`,
		groups: splits,
		fit,
		seed: seeds[0]!,
		pagesPerSplit: count,
		settings,
	});
