// `node scripts/train-web-source.ts [--pages N] [--seeds 2026,7] [--write]`: does a learned source
// for web pages carry to a split it never saw? For every web split up to `last` (search-config
// web-source-training.json), boosted trees over every name a page offers as an item's source
// (web-source-features.ts) are fitted on the other splits and name the sources of the one left out,
// printed beside the rules' source on the same pages, at each seed; the dev 新闻联播 items dressed as
// saved CCTV pages (as `npm run eval` dresses them) are one more group, learned from and left out. `--write` then fits the trees
// on every split up to `last` and the 新闻联播 pages at the first seed, with the margin and keepAbove of the best mean
// left-out source among the settings that lose at most `maxLoss` points on every left-out split,
// into search-config/web-source-model.json (none is written when no setting does, or when the best
// gains less than `minGain` points over the rules' mean).
import { pickWebSource } from '../src/lib/ingest/web-source-choice.ts';
import { WEB_SOURCE_FEATURES } from '../src/lib/ingest/web-source-features.ts';
import type { BoostedTrees } from '../src/lib/nlp/boosted-trees.ts';
import {
	leaveOneSplitOut,
	LosoSettingsSchema,
	marginGrid,
	splitsUpTo,
	writeLosoModel,
	type MarginSetting,
} from '../tools/lib/web-loso.ts';
import type { WebSplit } from '../tools/lib/web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage } from '../tools/lib/web-pages-score.ts';
import { pageItemSources, type LabelledSources } from '../tools/lib/web-source-rows.ts';
import { fitCandidateTrees } from '../tools/lib/web-split-runs.ts';
import { devTvSourcePages, tvSourceShare } from '../tools/lib/tv-source-rows.ts';
import { webTrainerRun } from '../tools/lib/web-trainer-run.ts';

const { settings, settingsPath, count, seeds, write, read } = await webTrainerRun(
	'train-web-source',
	LosoSettingsSchema,
	'web-source-training.json',
	'webSourceModel',
	300,
);

/** The dressed 新闻联播 pages of `npm run eval`'s dev half, left out as one more group. */
const TV = 'tv';
type Group = WebSplit | typeof TV;
const tv = await devTvSourcePages('webSourceModel');

/** One group's pages at one seed: each item's source by the rules, its candidates, and a scorer. */
interface GroupData {
	sources: string[][];
	rows: (LabelledSources | undefined)[][];
	/** Source right (%) with these sources for the pages' items. */
	share: (sources: string[][]) => number;
}

function collect(group: Group, seed: number): GroupData {
	if (group === TV) return { ...tv!, share: (sources) => tvSourceShare(tv!, sources) };
	const { pages, items, lines } = read(group, seed);
	const share = (sources: string[][]) => {
		const s = emptyWebScores();
		pages.forEach((page, p) =>
			scoreWebPage(
				page,
				items[p]!.map((it, i) => ({ ...it, source: sources[p]![i]! })),
				s,
			),
		);
		return (100 * s.source) / s.articles;
	};
	return {
		sources: items.map((its) => its.map((it) => it.source)),
		rows: pages.map((page, p) => pageItemSources(page, lines[p]!, items[p]!)),
		share,
	};
}

const fit = (data: GroupData[]): BoostedTrees =>
	fitCandidateTrees(
		data.flatMap((d) => d.rows.flat()),
		settings.boost,
	);

/** Source right (%) on a group's pages, by the rules, by the model, or by an oracle among the candidates. */
function sourceShare(d: GroupData, trees?: BoostedTrees | 'oracle', g?: MarginSetting) {
	const sources = d.sources.map((its, p) =>
		its.map((source, i) => {
			const item = d.rows[p]![i];
			if (trees === undefined || item === undefined) return source;
			const k =
				trees === 'oracle'
					? item.labels.includes(1)
						? item.labels.indexOf(1)
						: item.rule
					: pickWebSource(item, trees, g?.margin ?? 0, g?.keepAbove ?? 0);
			return k < 0 ? source : item.names[k]!;
		}),
	);
	return d.share(sources);
}

const splits: Group[] = [...splitsUpTo(settings.last, settingsPath), TV];
const grid = marginGrid(settings.margins, settings.keepAbove);
process.stdout.write(
	`web source, left one split out (${count} pages a split, ${WEB_SOURCE_FEATURES.length} features; source right %, rules and model at margin m, keepAbove k)\n`,
);
const result = leaveOneSplitOut({ collect, fit, score: sourceShare }, splits, seeds, grid);

if (write)
	writeLosoModel(result, grid, {
		file: 'web-source-model.json',
		comment:
			'Learned web-page source model, written by `node scripts/train-web-source.ts --write` (settings in web-source-training.json): boosted regression trees over general features of every name a web page offers as an item\u2019s source (src/lib/ingest/web-source-features.ts: where it stands from the item\u2019s text, the class of the key before it, whether it reads as an outlet\u2019s or a body\u2019s name, how often the page prints it, the rules\u2019 own pick) and none. Fitted on the synthetic web pages of every split up to `last` and the dev 新闻联播 items dressed as saved CCTV pages at the first seed. The rules\u2019 source stays when the model gives it log-odds above `keepAbove`; otherwise the best-scoring name replaces it when it beats it by `margin`.',
		features: WEB_SOURCE_FEATURES,
		what: 'Source',
		splits: `a-${settings.last}, tv (dev)`,
		groups: splits,
		fit,
		seed: seeds[0]!,
		pagesPerSplit: count,
		settings,
	});
