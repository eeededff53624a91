/**
 * `npm run eval:gold [-- --show]`: region and theme accuracy on ../shared/dev/corpus-gold.json, 194
 * corpus articles labelled by a careful reader (a development set: the held-out sets judge the
 * work). The article text is read from ../shared/corpus at run time and tagged by the project's own
 * stages. `--show` lists every miss. Themes are also scored by the keyword rules alone and by the
 * classifier alone; `--folds K` cross-validates the fusion knobs (`classifier` in themes.yaml): fitted
 * on K−1 folds, scored on the fold left out, over the same shipped classifier (the classifier itself
 * is cross-validated on these labels by `node scripts/train-themes.ts --gold-cv 0,1,2`). A second block scores region and theme through the
 * page: each gold article inside its glued-back 人民日报 page, run through the ingest pipeline.
 * `--agreement` adds a label-free check over every 人民日报 page of 2019 (tune) and 2020 (held
 * out): how often an article's region through its page differs from its region alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { taggedCorpusArticles } from '../tools/lib/corpus-articles.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import {
	crossValidateFusion,
	fitFusion,
	scoreFusion,
	scoreRules,
	type LabelledSignals,
} from '../src/lib/eval/fit-fusion.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { fusionSettings, themeHeadline, themeSignals } from '../src/lib/nlp/tag-themes.ts';
import { ThemeIdSchema } from '../src/lib/schema/taxonomy.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';
import { goldThroughPages } from '../tools/lib/eval-gold-pages.ts';
import { formatAgreement, formatThroughPage } from '../tools/lib/format-through-page.ts';
import { pageAgreement } from '../tools/lib/eval-page-agreement.ts';
import { printedArticles } from '../tools/lib/eval-reconstructed.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';

const GoldItemSchema = z.object({
	id: z.string(),
	region: z.string().regex(/^\d{6}$/u),
	regions_any: z.array(z.string()),
	primary: ThemeIdSchema.nullable(),
	themes: z.array(ThemeIdSchema),
	national: z.boolean(),
});
const GoldSchema = z.object({ items: z.array(GoldItemSchema) });

const { values } = parseArgs({
	options: {
		show: { type: 'boolean', default: false },
		folds: { type: 'string' },
		agreement: { type: 'boolean', default: false },
	},
});
const folds = values.folds === undefined ? 0 : Number(values.folds);
if (values.folds !== undefined && (!Number.isInteger(folds) || folds < 2)) {
	process.stderr.write(
		'--folds needs a whole number of at least 2, e.g. `npm run eval:gold -- --folds 5`\n',
	);
	process.exit(2);
}
const goldPath = join(PROJECT_ROOT, '../shared/dev/corpus-gold.json');
const corpus = corpusPath();
if (!existsSync(goldPath) || !corpus) {
	process.stdout.write(
		'eval:gold needs ../shared/dev/corpus-gold.json and ../shared/corpus; skipped\n',
	);
	process.exit(0);
}
const gold = new Map(
	GoldSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8'))).items.map((g) => [g.id, g]),
);
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig(PROJECT_ROOT) };

let regionOk = 0;
let nationalOk = 0;
let nationalN = 0;
let primaryOk = 0;
let primaryN = 0;
let tp = 0;
let fp = 0;
let fn = 0;
const perTheme = new Map<string, { ok: number; n: number }>();
/** Primary-theme errors as `gold → given` with their count. */
const confusions = new Map<string, number>();
const misses: string[] = [];
const labelled: LabelledSignals[] = [];
for await (const article of taggedCorpusArticles(
	deps,
	(row) => gold.has(row.id.toLowerCase()) || gold.has(row.id),
)) {
	const g = gold.get(article.id) ?? gold.get(article.id.toUpperCase());
	if (!g) continue;
	const region = article.region;
	const rOk = region === g.region || g.regions_any.includes(region);
	if (rOk) regionOk++;
	if (g.national) {
		nationalN++;
		if (rOk) nationalOk++;
	}
	if (!rOk) misses.push(`region ${g.id}: ${region} ≠ ${g.region} ${article.title}`);
	const signals = themeSignals(
		{ title: themeHeadline(article.title), body: article.body },
		deps.themes,
	);
	if (signals) labelled.push({ signals, primary: g.primary, themes: g.themes });
	const themes = article.themes as string[];
	if (g.primary !== null) {
		primaryN++;
		const ok = themes[0] === g.primary;
		if (ok) primaryOk++;
		const t = perTheme.get(g.primary) ?? { ok: 0, n: 0 };
		t.n++;
		if (ok) t.ok++;
		perTheme.set(g.primary, t);
		if (!ok) {
			const pair = `${g.primary} → ${themes[0] ?? '(none)'}`;
			confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
			const top = [...(signals?.probabilities ?? [])]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 3)
				.map(([t, p]) => `${t}:${p.toFixed(2)}`);
			misses.push(
				`theme  ${g.id}: ${themes.join(',') || '—'} ≠ ${g.themes.join(',')} ${article.title}\n` +
					`       model ${top.join(' ')} · title ${JSON.stringify(signals?.titleScores ?? {})} · rules ${JSON.stringify(signals?.ruleScores ?? {})}`,
			);
		}
	}
	const want = new Set<string>(g.themes);
	for (const t of themes) {
		if (want.has(t)) tp++;
		else fp++;
	}
	for (const t of want) if (!themes.includes(t)) fn++;
}

const pct = (a: number, b: number): string =>
	`${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
const lines = [
	`准确率 on ${gold.size} corpus-gold articles (development set)`,
	`  主地区 primary region           ${pct(regionOk, gold.size)}`,
	`    of which national (000000)    ${pct(nationalOk, nationalN)}`,
	`  主主题 primary theme            ${pct(primaryOk, primaryN)}`,
	`  主题 theme set P / R / F1       ${(100 * p).toFixed(1)}% / ${(100 * r).toFixed(1)}% / ${((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1)}%`,
	'  primary theme by gold theme:',
	...[...perTheme]
		.sort((a, b) => b[1].n - a[1].n)
		.map(([t, s]) => `    ${t.padEnd(22)} ${s.ok}/${s.n}  ${pct(s.ok, s.n).split(' ')[0]}`),
];
if (values.show)
	lines.push(
		'  primary-theme confusions (gold → given), most frequent first:',
		...[...confusions]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([pair, n]) => `    ${String(n).padStart(2)}  ${pair}`),
	);
if (labelled.length > 0) {
	const row = (name: string, r: { primary: number; f1: number }): string =>
		`  ${name.padEnd(31)}${(100 * r.primary).toFixed(1)}% primary (null counts), F1 ${(100 * r.f1).toFixed(1)}%`;
	const maxThemes = deps.themes.scoring.maxThemes;
	const off = { modelWeight: 1, ruleWeight: 0, titleWeight: 0, leadWeight: 0, abstainBelow: 0 };
	lines.push(
		`  on the ${labelled.length} items the classifier scored (null labels included):`,
		row('rules alone', scoreRules(labelled)),
		row(
			'classifier alone',
			scoreFusion(
				labelled.map((l) => ({ ...l, signals: { ...l.signals, ruleThemes: [] } })),
				{ ...off, minProbability: 0.3, maxThemes },
			),
		),
		row('fused (themes.yaml)', scoreFusion(labelled, fusionSettings(deps.themes))),
	);
	if (folds >= 2) {
		const cv = crossValidateFusion(labelled, folds, maxThemes);
		lines.push(
			row(`fused, ${folds}-fold CV`, cv),
			`  knobs fitted on all items: ${JSON.stringify(fitFusion(labelled, maxThemes))}`,
		);
	}
}
process.stdout.write(`${lines.join('\n')}\n`);
if (values.show) process.stdout.write(`${misses.join('\n')}\n`);
// The held-out pages reach the region picker through splitting, neighbours and page furniture.
const throughPage = await goldThroughPages(gold, corpus, deps, readPageFurniture());
process.stdout.write(`\n${formatThroughPage(throughPage, values.show).join('\n')}\n`);
if (values.agreement) {
	const printed = await printedArticles(corpus);
	for (const year of ['2019', '2020']) {
		const a = pageAgreement(
			printed.filter((p) => p.date.startsWith(year)),
			deps,
			readPageFurniture(),
			values.show ? 40 : 0,
		);
		process.stdout.write(`${formatAgreement(year, a).join('\n')}\n`);
	}
}
