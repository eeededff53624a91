/**
 * `node scripts/theme-chooser-research.ts --dump FILE [--gold-dump FILE]`: would a learned chooser
 * pick the primary theme better than the fusion of themes.yaml? FILE is what
 * `node scripts/train-themes.ts --quick --dump FILE` writes (each labelled article's out-of-fold
 * signals). A conditional logit over the candidate themes (the fusion's four terms, plus whether a
 * candidate is the rules' or the classifier's first theme, plus the terms again on national items)
 * is fitted on four folds of the labels and scored on the fifth, national items and local ones
 * apart, beside the fusion with themes.yaml's knobs on the same articles. With `--gold-dump` (from
 * `--gold-cv … --dump`), the chooser fitted on all the labels also scores each seed's held-out
 * corpus-gold articles. Research only: nothing is written.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fuseThemes, fusionSettings } from '../src/lib/nlp/tag-themes.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { fail } from '../tools/lib/project.ts';
import {
	candidateRows,
	choose,
	fitConditionalLogit,
	type ChoiceSet,
	type ChooserFeatures,
	type DumpRow,
	signalsOf,
} from '../tools/lib/theme-chooser.ts';
import { foldOf } from '../tools/lib/theme-cross-fit.ts';
import { readScopes, type ThemeScope } from '../tools/lib/theme-scope.ts';

const { values } = parseArgs({
	options: { dump: { type: 'string' }, 'gold-dump': { type: 'string' } },
});
if (!values.dump) fail('theme-chooser-research needs --dump FILE (train-themes --quick --dump)', 2);
const corpus = corpusPath();
if (!corpus) fail('theme-chooser-research needs ../shared/corpus (or JUCUO_CORPUS)', 2);
let rows: DumpRow[];
let gold: DumpRow[] = [];
try {
	rows = JSON.parse(readFileSync(values.dump, 'utf8')) as DumpRow[];
	if (values['gold-dump'])
		gold = JSON.parse(readFileSync(values['gold-dump'], 'utf8')) as DumpRow[];
} catch (error) {
	fail(error, 2);
}
const knobs = fusionSettings(readThemeConfig());
const scopes = await readScopes(
	corpus,
	new Set([...rows, ...gold].map((r) => r.id)),
	createJiebaSegmenter(),
);

/** The articles with a theme that the classifier scored (the others have nothing to choose among). */
const choosable = (list: DumpRow[]) =>
	list.filter((r) => r.primary !== null && Object.keys(r.probabilities).length > 0);

interface Item {
	row: DumpRow;
	scope: ThemeScope | undefined;
	set: ChoiceSet & { themes: ThemeId[] };
	fused: ThemeId | undefined;
}
function itemsOf(list: DumpRow[], features: ChooserFeatures): Item[] {
	return choosable(list).map((row) => {
		const signals = signalsOf(row);
		const scope = scopes.get(row.id);
		const { themes, rows: x } = candidateRows(signals, scope === 'national', features);
		const answer = themes.indexOf(row.primary as ThemeId);
		return { row, scope, set: { rows: x, answer, themes }, fused: fuseThemes(signals, knobs)[0] };
	});
}

const L2 = 1;
const pct = (ok: number, n: number) => `${((100 * ok) / Math.max(1, n)).toFixed(1)}%`;
function line(items: Item[], picked: Map<Item, ThemeId | undefined>): string {
	const part = (scope?: ThemeScope) => {
		const subset = items.filter((i) => scope === undefined || i.scope === scope);
		const ok = subset.filter((i) => picked.get(i) === i.row.primary).length;
		const fused = subset.filter((i) => i.fused === i.row.primary).length;
		return `${pct(ok, subset.length)} (fusion ${pct(fused, subset.length)})`;
	};
	return `all ${part()}, national ${part('national')}, local ${part('local')}`;
}

const variants: [string, ChooserFeatures][] = [
	['fusion terms', { tops: false, scope: false }],
	['+ first-theme flags', { tops: true, scope: false }],
	['+ national copies', { tops: false, scope: true }],
	['+ both', { tops: true, scope: true }],
];
const out = [
	`chooser (conditional logit, L2 ${L2}) on ${choosable(rows).length} labelled articles, 5 folds:`,
];
for (const [name, features] of variants) {
	const items = itemsOf(rows, features);
	const picked = new Map<Item, ThemeId | undefined>();
	for (let fold = 0; fold < 5; fold++) {
		const w = fitConditionalLogit(
			items.filter((i) => foldOf(i.row.id, 5) !== fold).map((i) => i.set),
			L2,
		);
		for (const i of items)
			if (foldOf(i.row.id, 5) === fold) picked.set(i, i.set.themes[choose(i.set.rows, w)]);
	}
	out.push(`  ${name.padEnd(20)} ${line(items, picked)}`);
	if (gold.length === 0) continue;
	const w = fitConditionalLogit(
		items.map((i) => i.set),
		L2,
	);
	for (const seed of [...new Set(gold.map((g) => g.seed ?? 0))]) {
		const held = itemsOf(
			gold.filter((g) => (g.seed ?? 0) === seed),
			features,
		);
		const chosen = new Map(held.map((i) => [i, i.set.themes[choose(i.set.rows, w)]]));
		out.push(`    corpus-gold seed ${seed}: ${line(held, chosen)}`);
	}
}
console.log(out.join('\n'));
