/**
 * `node scripts/theme-relabel.ts --pairs A>B,C>D [--opening-chars 700] [--seed 7]`: writes one blind
 * re-reading batch of the helpers' labels (eval/theme-labels.json) that fall in a confusion class
 * of the careful reader's: labelled A where B also fits, by the label's own theme set, the keyword
 * rules' themes or the shipped classifier's two best. The batch (`.cache/theme-labels/relabel-N.md`,
 * headline and opening read from ../shared/corpus at run time, never committed) shows the labelling
 * guide and the text only, in shuffled order: no label, no class, no system's answer; which class
 * each id came from is kept apart in `relabel-N.classes.json`.
 * `--phrases 'name=a+b|c;name2=d' [--within 300]` picks the labels by the article instead: those
 * whose headline or first `within` characters hold every phrase of one alternative of a class
 * (where a boundary rule of the guide applies), whatever their label.
 * `--apply N --note TEXT`: puts the answers of `relabel-N.json` (ids and theme ids, the format of
 * the labelling batches) in place of those labels, adds `note` to the file's `about`, and prints per
 * class how many were read and how many primaries changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { themeSignals, themeHeadline, ruleThemes } from '../src/lib/nlp/tag-themes.ts';
import { createRandom, shuffle } from '../src/lib/random.ts';
import { THEME_IDS } from '../src/lib/schema/taxonomy.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { corpusPath, readCorpus, type CorpusItem } from '../tools/lib/corpus.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import { labellingGuide } from '../tools/lib/theme-label-guide.ts';
import { phraseClassOf, readPhraseClasses } from '../tools/lib/theme-phrase-classes.ts';
import {
	readThemeLabels,
	relabelThemes,
	ThemeLabelSchema,
	type ThemeLabel,
} from '../tools/lib/theme-label-file.ts';

const { values } = parseArgs({
	options: {
		pairs: { type: 'string', default: '' },
		phrases: { type: 'string', default: '' },
		within: { type: 'string', default: '300' },
		'opening-chars': { type: 'string', default: '700' },
		seed: { type: 'string', default: '7' },
		apply: { type: 'string' },
		note: { type: 'string', default: '' },
	},
});
const DIR = join(PROJECT_ROOT, '.cache/theme-labels');
const LABELS = join(PROJECT_ROOT, 'eval/theme-labels.json');
const ThemeIdSchema = z.enum(THEME_IDS);

/** `a>b,c>d` → [[a, b], [c, d]], each id checked against the taxonomy. */
function readPairs(list: string): [string, string][] {
	return list
		.split(',')
		.filter((p) => p !== '')
		.map((part) => {
			const [a, b] = part.split('>');
			if (!ThemeIdSchema.safeParse(a).success || !ThemeIdSchema.safeParse(b).success)
				fail(new TypeError(`--pairs ${part}: two theme ids like party-building>discipline`), 2);
			return [a!, b!];
		});
}

/** The class `A>B` a label falls in, or undefined: its primary is A and B fits by `fits`. */
function classOf(
	label: ThemeLabel,
	pairs: readonly [string, string][],
	fits: readonly string[],
): string | undefined {
	const pair = pairs.find(([a, b]) => label.primary === a && fits.includes(b));
	return pair && `${pair[0]}>${pair[1]}`;
}

async function writeBatch(): Promise<void> {
	const pairs = readPairs(values.pairs);
	let phrases: ReturnType<typeof readPhraseClasses> = [];
	try {
		phrases = readPhraseClasses(values.phrases);
	} catch (error) {
		fail(error, 2);
	}
	if (pairs.length === 0 && phrases.length === 0)
		fail(new TypeError('--pairs or --phrases: at least one class like a>b or 调研=调查研究'), 2);
	const within = Number(values.within);
	const path = corpusPath();
	if (!path) fail(new Error('../shared/corpus is missing'), 2);
	const config = readThemeConfig();
	const labels = new Map(readThemeLabels(LABELS).map((l) => [l.id.toLowerCase(), l]));
	const chosen: { row: CorpusItem; cls: string }[] = [];
	for await (const row of readCorpus(path)) {
		const label = labels.get(row.id.toLowerCase());
		if (!label) continue;
		if (phrases.length > 0) {
			const cls = phraseClassOf(`${row.title} ${row.text.slice(0, within)}`, phrases);
			if (cls) chosen.push({ row, cls });
			continue;
		}
		if (!label.primary || !pairs.some(([a]) => a === label.primary)) continue;
		const doc = { title: themeHeadline(row.title), body: row.text };
		const rules = ruleThemes(doc, config);
		const signals = themeSignals(doc, config, rules);
		const best = [...(signals?.probabilities ?? [])].sort((x, y) => y[1] - x[1]).slice(0, 2);
		const fits = [...label.themes, ...rules.themes, ...best.map(([id]) => id)];
		const cls = classOf(label, pairs, fits);
		if (cls) chosen.push({ row, cls });
	}
	shuffle(chosen, createRandom(Number(values.seed)));
	mkdirSync(DIR, { recursive: true });
	const n = readdirSync(DIR).filter((f) => /^relabel-\d+\.md$/u.test(f)).length + 1;
	const opening = Number(values['opening-chars']);
	const body = chosen
		.map(
			({ row }) =>
				`## ${row.id}\n标题：${row.title}\n正文：${row.text.replace(/\s+/gu, ' ').slice(0, opening)}\n`,
		)
		.join('\n');
	writeFileSync(
		join(DIR, `relabel-${n}.md`),
		`# 主题复标 relabel ${n}（${chosen.length} 篇）\n\n${labellingGuide(config)}\n\n${body}`,
	);
	const classes = Object.fromEntries(chosen.map(({ row, cls }) => [row.id, cls]));
	writeFileSync(join(DIR, `relabel-${n}.classes.json`), `${JSON.stringify(classes, null, '\t')}\n`);
	const per = new Map<string, number>();
	for (const { cls } of chosen) per.set(cls, (per.get(cls) ?? 0) + 1);
	console.log(`${chosen.length} labels to re-read → ${join(DIR, `relabel-${n}.md`)}`);
	for (const [cls, count] of per) console.log(`  ${count}\t${cls}`);
}

function apply(n: string, note: string): void {
	const answersPath = join(DIR, `relabel-${n}.json`);
	const classesPath = join(DIR, `relabel-${n}.classes.json`);
	if (!existsSync(answersPath) || !existsSync(classesPath))
		fail(
			new Error(`${answersPath} or ${classesPath} is missing: write the batch and answer it first`),
			2,
		);
	const parsed = z.array(ThemeLabelSchema).safeParse(JSON.parse(readFileSync(answersPath, 'utf8')));
	if (!parsed.success) fail(new Error(`${answersPath}: ${parsed.error.issues[0]?.message}`), 2);
	const classes = JSON.parse(readFileSync(classesPath, 'utf8')) as Record<string, string>;
	const file = JSON.parse(readFileSync(LABELS, 'utf8')) as { about: string; items: ThemeLabel[] };
	const { items, counts } = relabelThemes(
		file.items,
		parsed.data,
		(id) => classes[id] ?? 'unclassed',
	);
	const about = [file.about, note].filter((s) => s !== '').join(' ');
	writeFileSync(LABELS, `${JSON.stringify({ about, items }, null, '\t')}\n`);
	console.log(`relabel ${n} → ${LABELS}`);
	for (const [cls, { read, changed }] of counts)
		console.log(`  ${cls}: ${read} re-read, ${changed} primaries changed`);
}

if (values.apply) apply(values.apply, values.note);
else await writeBatch();
