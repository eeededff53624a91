// `node scripts/train-title-model.ts`: fits the learned title model (search-config/title-model.json)
// on 人民日报 pages of 2019 glued back together from ../shared/corpus (read at run time): which line
// of a headline block is the title. Pages of 2020 are never read: `npm run eval` scores them.
import { writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { BoostSettingsSchema } from '../src/lib/schema/trained-model.ts';
import { TITLE_FEATURES } from '../src/lib/ingest/title-features.ts';
import { searchConfigPath } from '../src/lib/config-path.ts';
import { reconstructPages } from '../src/lib/eval/reconstruct-pages.ts';
import { readPageFurniture, type PageFurniture } from '../src/lib/schema/page-furniture.ts';
import type { TitleModel } from '../src/lib/schema/title-model.ts';
import { parseWithFriendlyErrors, readJsonFile } from '../src/lib/schema/friendly-errors.ts';
import type { BoostedTrees } from '../src/lib/nlp/boosted-trees.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { printedArticles, scorePages } from '../tools/lib/eval-reconstructed.ts';
import { fitRoundedTrees } from '../tools/lib/rounded-trees.ts';
import { pageTitleRows } from '../tools/lib/title-rows.ts';

const SettingsSchema = z.object({
	$comment: z.string().optional(),
	boost: BoostSettingsSchema,
	margins: z.array(z.number().min(0)).min(1),
	keepAbove: z.array(z.number()).min(1),
	columnLabelTitles: z.boolean().default(false),
});
const settingsPath = searchConfigPath('title-training.json');
const settings = parseWithFriendlyErrors(
	SettingsSchema,
	readJsonFile(settingsPath),
	`search-config → ${settingsPath}`,
);

const path = corpusPath();
if (path === null) {
	process.stderr.write('train-title-model: ../shared/corpus is not beside this checkout.\n');
	process.exit(1);
}
const pages = reconstructPages(
	(await printedArticles(path)).filter((a) => a.date.startsWith('2019')),
);
// Pages are read as ingest reads them, with every other model (the story model splits them, the
// web title model may retitle an item); the title model being replaced is not read, as it may
// have been fitted on other features.
const furniture: PageFurniture = readPageFurniture(undefined, ['titleModel']);

const byPage = pages.map((page) => pageTitleRows(page, furniture, settings.columnLabelTitles));
const round4 = (x: number) => Number(x.toFixed(4));
function fit(which: (p: number) => boolean): BoostedTrees {
	const rows = byPage.flatMap((d, p) => (which(p) ? d.rows : []));
	const labels = byPage.flatMap((d, p) => (which(p) ? d.labels : []));
	return fitRoundedTrees(rows, labels, settings.boost);
}
const features = [...TITLE_FEATURES];
const pct = (h: { hits: number; total: number }) => h.hits / h.total;

// Cross-fit on 2019: fitted on one half of the pages, titles read on the other, both ways.
const halves = [(p: number) => p % 2 === 0, (p: number) => p % 2 === 1];
const rules = { hits: 0, total: 0 };
const grid = settings.margins.flatMap((margin) =>
	settings.keepAbove.map((keepAbove) => ({ margin, keepAbove, hits: 0, total: 0 })),
);
for (const [h, inHalf] of halves.entries()) {
	const trees = fit((p) => !inHalf(p));
	const held = pages.filter((_, p) => inHalf(p));
	const r = scorePages(held, furniture).title;
	rules.hits += r.hits;
	rules.total += r.total;
	for (const g of grid) {
		const model: TitleModel = { features, boosted: trees, ...g };
		const s = scorePages(held, { ...furniture, titleModel: model }).title;
		g.hits += s.hits;
		g.total += s.total;
		process.stdout.write(
			`half ${h + 1} margin ${g.margin} keepAbove ${g.keepAbove}: title ${(pct(s) * 100).toFixed(1)}% (rules ${(pct(r) * 100).toFixed(1)}%)\n`,
		);
	}
}
// The most accurate setting; among equals the first, which keeps the rules' reading most often.
const best = grid.reduce((b, g) => (pct(g) > pct(b) ? g : b));
const { margin, keepAbove } = best;
process.stdout.write(
	`cross-fit on 2019: rules ${(pct(rules) * 100).toFixed(2)}%, model (margin ${margin}, keepAbove ${keepAbove}) ${(pct(best) * 100).toFixed(2)}%\n`,
);

const out = {
	$comment:
		'Learned title model, written by `node scripts/train-title-model.ts` (settings in title-training.json): boosted regression trees over general features of each line of an unmarked headline block (src/lib/ingest/title-features.ts: its shape and place in the block, kicker and subtitle cues, bigram overlap with the body, the rules\u2019 own reading). Fitted on 人民日报 pages of 2019 rebuilt from ../shared/corpus; 2020 is held out. The rules\u2019 title stays when the model gives it log-odds above `keepAbove`; otherwise the best-scoring line replaces it when it beats it by `margin`.',
	features,
	boosted: fit(() => true),
	margin,
	keepAbove,
	training: {
		pages: pages.length,
		candidates: byPage.reduce((n, d) => n + d.labels.length, 0),
		crossFitRules2019: round4(pct(rules)),
		crossFitModel2019: round4(pct(best)),
	},
};
const target = searchConfigPath('title-model.json');
writeFileSync(target, `${JSON.stringify(out, null, '\t')}\n`);
process.stdout.write(`wrote ${target}\n`);
