/**
 * `node scripts/theme-label-batches.ts [--per-theme 70] [--random 200] [--cadre 0] [--uncertain 0]
 * [--pair-share 0.025] [--weak-themes a,b --per-weak 50 --weak-match any] [--batches 6] [--seed 7] [--opening-chars 700]`:
 * writes blind labelling batches of ../shared/corpus articles to `.cache/theme-labels/batch-N.md`
 * (headline and opening of each text, read at run time and never committed). The sample is
 * stratified by the keyword rules' primary theme so that rare themes are represented, plus
 * `--cadre` articles where the rules see any cadre theme at all (the cadre themes are rare as
 * primaries), plus articles drawn at random, plus `--uncertain` articles where the fused tagger
 * (rules and classifier) is least sure: the smallest gap between its top two themes' fused scores,
 * or between the rules' primary and the classifier's best when those differ, with no theme pair
 * taking more than `--pair-share` of them (tools/lib/uncertain-themes.ts), plus `--per-weak`
 * articles for each of `--weak-themes` among those the rules (any of their themes, or with
 * `--weak-match primary` their primary alone) or the fused tagger (its primary) give that theme
 * (`--weak-match rules`: the rules' primary alone; `lead`: any theme the rules give the headline
 * and the first 300 characters), to fill the themes the classifier is thinnest on; articles of batches already written are skipped and
 * new batches are numbered after them, so a later round adds to the first; the labeller never sees the rules' answer. The articles of
 * ../shared/dev/corpus-gold.json are left out: they stay the independent judge of the classifier.
 * The labellers' answers (`batch-N.json`, ids and theme ids only) are merged by
 * `--collect` into eval/theme-labels.json, which scripts/train-themes.ts trains on; `--append 19-24
 * --note TEXT [--into FILE]` adds only the named batches to it (or to FILE, a labels file of its
 * own, created when missing), after the labels already there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { corpusPath, readCorpus, type CorpusItem } from '../tools/lib/corpus.ts';
import {
	fuseThemes,
	fusionSettings,
	ruleThemes,
	themeHeadline,
	themeSignals,
} from '../src/lib/nlp/tag-themes.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { createRandom, shuffle } from '../src/lib/random.ts';
import {
	appendThemeLabels,
	batchNumbers,
	readThemeLabels,
	ThemeLabelSchema,
} from '../tools/lib/theme-label-file.ts';
import {
	pairKey,
	pickUncertain,
	themeDoubt,
	type ThemeDoubt,
} from '../tools/lib/uncertain-themes.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import { labellingGuide } from '../tools/lib/theme-label-guide.ts';

const { values } = parseArgs({
	options: {
		'per-theme': { type: 'string', default: '70' },
		random: { type: 'string', default: '200' },
		cadre: { type: 'string', default: '0' },
		uncertain: { type: 'string', default: '0' },
		'weak-themes': { type: 'string', default: '' },
		'per-weak': { type: 'string', default: '0' },
		'weak-match': { type: 'string', default: 'any' },
		'pair-share': { type: 'string', default: '0.025' },
		batches: { type: 'string', default: '6' },
		seed: { type: 'string', default: '7' },
		'opening-chars': { type: 'string', default: '700' },
		collect: { type: 'boolean', default: false },
		append: { type: 'string' },
		note: { type: 'string', default: '' },
		into: { type: 'string' },
	},
});
const DIR = join(PROJECT_ROOT, '.cache/theme-labels');
/** `--weak-match lead`: how much of the body the rules read with the headline. */
const LEAD_CHARS = 300;
const OUT = join(PROJECT_ROOT, 'eval/theme-labels.json');

const labelSchema = z.array(ThemeLabelSchema);

function collect(): void {
	const files = readdirSync(DIR).filter((f) => /^batch-\d+\.json$/u.test(f));
	const all = [];
	for (const file of files.sort()) {
		const parsed = labelSchema.safeParse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
		if (!parsed.success) fail(new Error(`${file}: ${parsed.error.issues[0]?.message}`), 2);
		all.push(...parsed.data);
	}
	const about =
		"Theme labels of ../shared/corpus articles (ids only), given blind by helpers that saw the headline and opening of each text and the taxonomy descriptions, never a system's answer. Written by `node scripts/theme-label-batches.ts --collect`; training data of scripts/train-themes.ts. No corpus-gold article is among them.";
	writeFileSync(OUT, JSON.stringify({ about, items: all }, null, '\t') + '\n');
	console.log(`${all.length} labels from ${files.length} batches → ${OUT}`);
}

/**
 * Adds the labels of the named batches to eval/theme-labels.json after the ones already there
 * (an id already labelled keeps its label), and `note` to the file's `about`: how the round was
 * drawn and labelled.
 */
function append(list: string, note: string, out: string): void {
	const file = existsSync(out)
		? (JSON.parse(readFileSync(out, 'utf8')) as { about: string })
		: { about: '' };
	let numbers: number[] = [];
	try {
		numbers = batchNumbers(list);
	} catch (error) {
		fail(error, 2);
	}
	const round = numbers.flatMap((n) => {
		const name = `batch-${n}.json`;
		const parsed = labelSchema.safeParse(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
		if (!parsed.success) fail(new Error(`${name}: ${parsed.error.issues[0]?.message}`), 2);
		return parsed.data;
	});
	const before = existsSync(out) ? readThemeLabels(out) : [];
	const { items, added } = appendThemeLabels(before, round);
	const about = [file.about, note].filter((s) => s !== '').join(' ');
	writeFileSync(out, JSON.stringify({ about, items }, null, '\t') + '\n');
	console.log(`${added} labels added → ${out} (${items.length} in all)`);
}

async function writeBatches(): Promise<void> {
	const path = corpusPath();
	if (!path) fail(new Error('../shared/corpus is missing'), 2);
	const gold = JSON.parse(
		readFileSync(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json'), 'utf8'),
	) as {
		items: { id: string }[];
	};
	const skip = new Set(gold.items.map((i) => i.id));
	mkdirSync(DIR, { recursive: true });
	const written = readdirSync(DIR).filter((f) => /^batch-\d+\.md$/u.test(f));
	for (const file of written)
		for (const m of readFileSync(join(DIR, file), 'utf8').matchAll(/^## (\S+)$/gmu))
			skip.add(m[1]!);
	const first = written.length + 1;
	const config = readThemeConfig();
	const byTheme = new Map<string, CorpusItem[]>();
	const rest: CorpusItem[] = [];
	const cadre: CorpusItem[] = [];
	const wantUncertain = Number(values.uncertain);
	if (wantUncertain > 0 && !config.model)
		fail(new Error('--uncertain needs search-config/theme-model.json'), 2);
	const settings = fusionSettings(config);
	const weakThemes = values['weak-themes'].split(',').filter((t) => t !== '');
	const weak = new Map<string, CorpusItem[]>(weakThemes.map((t) => [t, []]));
	if (weak.size > 0 && !config.model)
		fail(new Error('--weak-themes needs search-config/theme-model.json'), 2);
	if (!['any', 'primary', 'rules', 'lead'].includes(values['weak-match']))
		fail(new Error(`--weak-match ${values['weak-match']}: one of any, primary, rules, lead`), 2);
	const doubts: ThemeDoubt[] = [];
	const rows = new Map<string, CorpusItem>();
	for await (const row of readCorpus(path)) {
		if (skip.has(row.id) || row.text.length < 200) continue;
		if (wantUncertain > 0) {
			const signals = themeSignals({ title: themeHeadline(row.title), body: row.text }, config);
			const doubt = signals && themeDoubt(row.id, signals, settings);
			if (doubt) {
				doubts.push(doubt);
				rows.set(row.id, row);
			}
		}
		const { themes } = ruleThemes({ title: row.title, body: row.text }, config);
		if (weak.size > 0) {
			const doc = { title: themeHeadline(row.title), body: row.text };
			const signals = themeSignals(doc, config);
			const fused = signals ? fuseThemes(signals, settings)[0] : undefined;
			const match = values['weak-match'];
			const lead = () =>
				ruleThemes({ title: row.title, body: row.text.slice(0, LEAD_CHARS) }, config).themes;
			const guesses = match === 'any' ? themes : match === 'lead' ? lead() : themes.slice(0, 1);
			const byModel = fused && (match === 'any' || match === 'primary') ? [fused] : [];
			for (const theme of new Set([...guesses, ...byModel])) weak.get(theme)?.push(row);
		}
		const primary = themes[0];
		if (primary) byTheme.set(primary, [...(byTheme.get(primary) ?? []), row]);
		else rest.push(row);
		if (themes.some((t) => t.startsWith('cadre-'))) cadre.push(row);
	}
	const next = createRandom(Number(values.seed));
	const chosen: CorpusItem[] = [];
	for (const items of byTheme.values())
		chosen.push(...shuffle(items, next).slice(0, Number(values['per-theme'])));
	const taken = new Set(chosen.map((row) => row.id));
	// Weak themes: any article the rules or the fused tagger give that theme, a quota per theme.
	for (const items of weak.values()) {
		const fresh = shuffle(items, next)
			.filter((row) => !taken.has(row.id))
			.slice(0, Number(values['per-weak']));
		for (const row of fresh) taken.add(row.id);
		chosen.push(...fresh);
	}
	chosen.push(
		...shuffle(cadre, next)
			.filter((row) => !taken.has(row.id))
			.slice(0, Number(values.cadre)),
	);
	chosen.push(...shuffle(rest, next).slice(0, Number(values.random)));
	if (wantUncertain > 0) {
		const before = new Set(chosen.map((row) => row.id));
		const perPair = Math.max(1, Math.ceil(wantUncertain * Number(values['pair-share'])));
		const picked = pickUncertain(
			doubts.filter((d) => !before.has(d.id)),
			wantUncertain,
			perPair,
		);
		chosen.push(...picked.map((d) => rows.get(d.id)!));
		reportUncertain(picked, doubts.length, perPair);
	}
	shuffle(chosen, next);
	const count = Number(values.batches);
	const opening = Number(values['opening-chars']);
	for (let b = 0; b < count; b++) {
		const part = chosen.filter((_, i) => i % count === b);
		const body = part
			.map(
				(row) =>
					`## ${row.id}\n标题：${row.title}\n正文：${row.text.replace(/\s+/gu, ' ').slice(0, opening)}\n`,
			)
			.join('\n');
		writeFileSync(
			join(DIR, `batch-${first + b}.md`),
			`# 主题标注 batch ${first + b}（${part.length} 篇）\n\n${labellingGuide(config)}\n\n${body}`,
		);
	}
	console.log(`${chosen.length} articles in ${count} batches → ${DIR}`);
}

/** How the uncertain picks spread over theme pairs, for the labelling round's record. */
function reportUncertain(picked: readonly ThemeDoubt[], pool: number, perPair: number): void {
	const byPair = new Map<string, number>();
	for (const d of picked) byPair.set(pairKey(d), (byPair.get(pairKey(d)) ?? 0) + 1);
	const margins = picked.map((d) => d.margin);
	console.log(
		`uncertain: ${picked.length} of ${pool} scored articles, ${byPair.size} theme pairs (at most ${perPair} each), ` +
			`${picked.filter((d) => d.disagree).length} where rules and classifier disagree, ` +
			`margin ${Math.min(...margins).toFixed(3)}–${Math.max(...margins).toFixed(3)}`,
	);
	for (const [pair, n] of [...byPair].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${pair}`);
}

if (values.collect) collect();
else if (values.append)
	append(values.append, values.note, values.into ? join(PROJECT_ROOT, values.into) : OUT);
else await writeBatches();
