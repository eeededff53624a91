/**
 * `node scripts/theme-signal-research.ts --dump FILE --gold-dump FILE [--terms a,b] [--model FILE]`:
 * would one more fused term, read from the text by the keyword rules, pick the primary theme
 * better? FILE is what `node scripts/train-themes.ts --quick --dump FILE` writes (each labelled
 * article's out-of-fold signals); the gold dump is `--gold-cv 0,1,2 --gold-knobs abstain --dump
 * FILE`. Each candidate term is a rule score per theme over one view of the text: what the article does (its measures'
 * themes, the sentences that report an action), subject against setting (the headline or body
 * without their setting phrases 在…中, 围绕…, …开展以来, 以…为契机; the setting phrases alone), the
 * lead's first sentence, the body's second half, the column tag, and breadth (the share of
 * sentences or paragraphs that name a theme). Its weight is picked on the labels' out-of-fold
 * signals alone (the other knobs as in themes.yaml), then it scores each seed's held-out
 * corpus-gold articles and the round-3 labels (the shipped model). `core` puts the fusion's own
 * rule terms, read without setting phrases, in their place. Last, a conditional logit over the
 * fused score and every term (`--terms a,b`: those only), fitted on the labels. `--model FILE`
 * scores round 3 with another training seed's model (`train-themes --set sgd.seed=… --out FILE`).
 * Research only: nothing is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	fusedScores,
	fusionSettings,
	ruleThemes,
	themeHeadline,
	themeSignals,
} from '../src/lib/nlp/tag-themes.ts';
import { extractMeasures } from '../src/lib/nlp/extract-measures.ts';
import { POLICY_ACTION, STRONG_ACTION, TIME_LIMIT } from '../src/lib/nlp/measure-rules.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { readThemeConfig, type ThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { readThemeModel } from '../src/lib/schema/theme-model.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';
import { corpusArticleId } from '../tools/lib/corpus-seeds.ts';
import {
	choose,
	fitConditionalLogit,
	type ChoiceSet,
	type DumpRow,
	signalsOf,
} from '../tools/lib/theme-chooser.ts';
import { foldOf } from '../tools/lib/theme-cross-fit.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import { ingestedText } from '../tools/lib/theme-corpus-text.ts';
import { readThemeLabels } from '../tools/lib/theme-label-file.ts';

const { values } = parseArgs({
	options: {
		dump: { type: 'string' },
		'gold-dump': { type: 'string' },
		terms: { type: 'string' },
		model: { type: 'string' },
	},
});
if (!values.dump || !values['gold-dump'])
	fail('theme-signal-research needs --dump FILE and --gold-dump FILE', 2);
const corpus = corpusPath();
if (!corpus) fail('theme-signal-research needs ../shared/corpus (or JUCUO_CORPUS)', 2);
const rows = JSON.parse(readFileSync(values.dump, 'utf8')) as DumpRow[];
const gold = JSON.parse(readFileSync(values['gold-dump'], 'utf8')) as DumpRow[];
const round3 = readThemeLabels(join(PROJECT_ROOT, 'eval/theme-labels-round3.json'));
const config = readThemeConfig();
const knobs = fusionSettings(config);
// `--model FILE`: round 3 scored by another training seed's model (train-themes --out FILE).
const otherModel = values.model ? readThemeModel(values.model) : undefined;
const round3Config: ThemeConfig = otherModel ? { ...config, model: otherModel } : config;

const SENTENCE = /[^。！？；\n]+[。！？；]?/gu;
// The occasion or frame of a report, not its subject: 在…中/期间/之际, 围绕…, 以…为契机/抓手,
// 按照…要求/部署, 深入学习贯彻/贯彻落实…精神.
const SETTING =
	/[^，。；：“”]{2,40}?(?:开展|启动|部署)以来|(?:党的[^，。；：]{1,8}报告|[^，。；：]{0,12}(?:讲话|指示|批示|精神|要求))(?:中)?(?:指出|提出|强调)[：:，,]?(?:“[^”]{0,200}”)?|在[^，。；：]{2,30}?(?:中|期间|之际|过程中|活动中|工作中)|围绕[^，。；：]{2,24}|以[^，。；：]{2,24}?为(?:契机|抓手|载体|引领|主线|统领|牵引|指引|指导)|按照[^，。；：]{2,30}?(?:要求|部署|安排)|(?:深入学习贯彻|学习贯彻|贯彻落实)[^，。；：]{2,40}?精神/gu;

type Scores = Record<string, number>;
const scoresOf = (text: string): Scores =>
	text.trim() ? ruleThemes({ title: '', body: text }, config).scores : {};

/** Per theme, how many of `parts` the rules find it in (scaled to 10 parts). */
function coverage(parts: string[]): Scores {
	const out: Scores = {};
	const kept = parts.filter((p) => p.trim());
	for (const part of kept)
		for (const [id, s] of Object.entries(scoresOf(part)))
			if (s > 0) out[id] = (out[id] ?? 0) + 10 / kept.length;
	return out;
}

/** The candidate terms of one text. */
function terms(doc: { title: string; body: string }, raw: string): Record<string, Scores> {
	const column = raw.length > doc.title.length ? raw.replace(doc.title, '\n') : '';
	const sentences = [...doc.body.matchAll(SENTENCE)].map((m) => m[0]);
	const action = sentences
		.filter((s) => STRONG_ACTION.test(s) || POLICY_ACTION.test(s) || TIME_LIMIT.test(s))
		.join('\n');
	const lead = doc.body.slice(0, config.classifier.leadChars);
	const headSetting = [...doc.title.matchAll(SETTING)].map((m) => m[0]).join('\n');
	const leadSetting = [...lead.matchAll(SETTING)].map((m) => m[0]).join('\n');
	const bodySetting = [...doc.body.matchAll(SETTING)].map((m) => m[0]).join('\n');
	const measures = extractMeasures(doc.body.split(/\n+/u), { config, regionOf: () => '000000' });
	const measureThemes: Scores = {};
	for (const m of measures) {
		const first = m.themes[0];
		if (first) measureThemes[first] = (measureThemes[first] ?? 0) + 1;
	}
	return {
		measures: measureThemes,
		measureText: scoresOf(measures.map((m) => m.text).join('\n')),
		action: scoresOf(action),
		actionLead: scoresOf(action.slice(0, 600)),
		headCore: scoresOf(doc.title.replace(SETTING, '，')),
		headSetting: scoresOf(headSetting),
		leadSetting: scoresOf(`${headSetting}\n${leadSetting}`),
		bodySetting: scoresOf(bodySetting),
		firstSentence: scoresOf(sentences[0] ?? ''),
		bodyCore: scoresOf(doc.body.replace(SETTING, '，')),
		column: scoresOf(column),
		paraCoverage: coverage(doc.body.split(/\n+/u)),
		sentCoverage: coverage(sentences),
		secondHalf: scoresOf(doc.body.slice(Math.floor(doc.body.length / 2))),
	};
}

/**
 * The rule terms of the fusion itself read without the setting phrases: the `core` variant puts
 * them in place of the rules' scores of the whole text, the headline and the lead.
 */
function coreSignals(doc: { title: string; body: string }): Record<string, Scores> {
	const title = doc.title.replace(SETTING, '，');
	const body = doc.body.replace(SETTING, '，');
	return {
		ruleScores: ruleThemes({ title, body }, config).scores,
		titleScores: scoresOf(title),
		leadScores: scoresOf(body.slice(0, config.classifier.leadChars)),
	};
}

const wanted = new Set([...rows, ...gold].map((r) => r.id));
const round3Ids = new Map(round3.map((l) => [l.id.toLowerCase(), l]));
const termsById = new Map<string, Record<string, Scores>>();
const coreById = new Map<string, Record<string, Scores>>();
const round3Rows: DumpRow[] = [];
for await (const row of readCorpus(corpus)) {
	const id = corpusArticleId(row);
	const label = round3Ids.get(id);
	if (!wanted.has(id) && !label) continue;
	const { body } = ingestedText(row);
	const doc = { title: themeHeadline(row.title), body };
	termsById.set(id, terms(doc, row.title));
	coreById.set(id, coreSignals(doc));
	if (!label) continue;
	const s = themeSignals(doc, round3Config);
	const r = ruleThemes(doc, config);
	round3Rows.push({
		id,
		primary: label.primary,
		ruleThemes: r.themes,
		ruleScores: r.scores,
		titleScores: s?.titleScores ?? {},
		leadScores: s?.leadScores ?? {},
		probabilities: Object.fromEntries(s?.probabilities ?? []),
	});
}

interface Item {
	id: string;
	primary: ThemeId;
	base: Map<ThemeId, number>;
	core: Map<ThemeId, number>;
	seed: number;
}
const itemsOf = (list: DumpRow[]): Item[] =>
	list
		.filter((r) => r.primary !== null && Object.keys(r.probabilities).length > 0)
		.map((r) => ({
			id: r.id,
			primary: r.primary as ThemeId,
			base: fusedScores(signalsOf(r), knobs),
			core: fusedScores(
				{
					...signalsOf(r),
					ruleScores: coreById.get(r.id)?.['ruleScores'] ?? {},
					titleScores: coreById.get(r.id)?.['titleScores'] ?? {},
					leadScores: coreById.get(r.id)?.['leadScores'] ?? {},
				},
				knobs,
			),
			seed: r.seed ?? 0,
		}));
const labelItems = itemsOf(rows);
const goldItems = itemsOf(gold);
const round3Items = itemsOf(round3Rows);

function accuracy(items: Item[], term: string, w: number): number {
	let ok = 0;
	for (const item of items) {
		const extra = termsById.get(item.id)?.[term] ?? {};
		let best: ThemeId | undefined;
		let bestScore = -Infinity;
		for (const [id, s] of term === 'core' ? item.core : item.base) {
			const score = s + w * Math.log1p(Math.max(0, extra[id] ?? 0));
			if (score > bestScore) [best, bestScore] = [id, score];
		}
		if (best === item.primary) ok++;
	}
	return (100 * ok) / Math.max(1, items.length);
}

const GRID = [-1, -0.5, -0.25, 0.25, 0.5, 1, 2];
const seeds = [...new Set(goldItems.map((i) => i.seed))];
const goldMean = (term: string, w: number) =>
	seeds.reduce(
		(a, s) =>
			a +
			accuracy(
				goldItems.filter((i) => i.seed === s),
				term,
				w,
			),
		0,
	) / seeds.length;
/** Labels · gold per seed and mean · round 3, primary accuracy in % of the articles with a theme. */
function line(name: string, term: string, w: number): string {
	const perSeed = seeds.map((s) =>
		accuracy(
			goldItems.filter((i) => i.seed === s),
			term,
			w,
		),
	);
	return [
		name.padEnd(22),
		accuracy(labelItems, term, w).toFixed(1).padStart(6),
		`${perSeed.map((a) => a.toFixed(1)).join('/')} = ${goldMean(term, w).toFixed(1)}`.padStart(24),
		accuracy(round3Items, term, w).toFixed(1).padStart(8),
	].join(' ');
}
const out = [
	`primary theme, % of the articles with a theme the classifier scored: ${labelItems.length} labels (out of fold), ` +
		`${goldItems.length / Math.max(1, seeds.length)} corpus-gold per seed (held out), ${round3Items.length} round-3 (${values.model ?? 'the shipped model'})`,
	`${'variant'.padEnd(22)} labels  gold seeds ${seeds.join('/')} = mean  round-3`,
	line('fusion (themes.yaml)', 'none', 0),
	line('core (settings out)', 'core', 0),
];
for (const term of Object.keys(termsById.values().next().value ?? {})) {
	// The weight the labels pick; gold and round 3 only judge it.
	let bestW = 0;
	let bestAcc = accuracy(labelItems, term, 0);
	for (const w of GRID) {
		const acc = accuracy(labelItems, term, w);
		if (acc > bestAcc + 1e-9) [bestW, bestAcc] = [w, acc];
	}
	out.push(line(`+ ${term} × ${bestW}`, term, bestW));
}

// Every term at once: a conditional logit over the candidate themes (the fused score of
// themes.yaml plus each term), fitted on the labels (five folds for their own score).
const termNames = values.terms?.split(',') ?? Object.keys(termsById.values().next().value ?? {});
function choiceOf(item: Item): ChoiceSet & { themes: ThemeId[] } {
	const themes = [...item.base.keys()];
	const extra = termsById.get(item.id) ?? {};
	const rows = themes.map((id) => [
		item.base.get(id) ?? 0,
		...termNames.map((t) => Math.log1p(Math.max(0, extra[t]?.[id] ?? 0))),
	]);
	return { rows, answer: themes.indexOf(item.primary), themes };
}
const L2 = 1;
const picked = (items: Item[], w: number[]) =>
	(100 *
		items.filter((i) => {
			const c = choiceOf(i);
			return c.themes[choose(c.rows, w)] === i.primary;
		}).length) /
	Math.max(1, items.length);
let labelOk = 0;
for (let fold = 0; fold < 5; fold++) {
	const w = fitConditionalLogit(
		labelItems.filter((i) => foldOf(i.id, 5) !== fold).map(choiceOf),
		L2,
	);
	const test = labelItems.filter((i) => foldOf(i.id, 5) === fold);
	labelOk += (picked(test, w) * test.length) / 100;
}
const w = fitConditionalLogit(labelItems.map(choiceOf), L2);
const perSeed = seeds.map((s) =>
	picked(
		goldItems.filter((i) => i.seed === s),
		w,
	),
);
out.push(
	[
		`logit, ${termNames.length} terms`.padEnd(22),
		((100 * labelOk) / labelItems.length).toFixed(1).padStart(6),
		`${perSeed.map((a) => a.toFixed(1)).join('/')} = ${(perSeed.reduce((a, b) => a + b, 0) / perSeed.length).toFixed(1)}`.padStart(
			24,
		),
		picked(round3Items, w).toFixed(1).padStart(8),
	].join(' '),
);
out.push(
	`  weights: fused ${w.map((v, i) => `${i ? termNames[i - 1] : ''} ${v.toFixed(2)}`).join(', ')}`,
);
console.log(out.join('\n'));
