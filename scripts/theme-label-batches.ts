/**
 * `node scripts/theme-label-batches.ts [--per-theme 70] [--random 200] [--batches 6] [--seed 7]`:
 * writes blind labelling batches of ../shared/corpus articles to `.cache/theme-labels/batch-N.md`
 * (headline and opening of each text, read at run time and never committed). The sample is
 * stratified by the keyword rules' primary theme so that rare themes are represented, plus
 * articles drawn at random; the labeller never sees the rules' answer. The articles of
 * ../shared/dev/corpus-gold.json are left out: they stay the independent judge of the classifier.
 * The labellers' answers (`batch-N.json`, ids and theme ids only) are merged by
 * `--collect` into eval/theme-labels.json, which scripts/train-themes.ts trains on.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { corpusPath, readCorpus, type CorpusItem } from '../tools/lib/corpus.ts';
import { ruleThemes } from '../src/lib/nlp/tag-themes.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { THEME_IDS } from '../src/lib/schema/taxonomy.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		'per-theme': { type: 'string', default: '70' },
		random: { type: 'string', default: '200' },
		batches: { type: 'string', default: '6' },
		seed: { type: 'string', default: '7' },
		'opening-chars': { type: 'string', default: '700' },
		collect: { type: 'boolean', default: false },
	},
});
const DIR = join(PROJECT_ROOT, '.cache/theme-labels');
const OUT = join(PROJECT_ROOT, 'eval/theme-labels.json');

const labelSchema = z.array(
	z.object({
		id: z.string(),
		primary: z.enum(THEME_IDS).nullable(),
		themes: z.array(z.enum(THEME_IDS)),
	}),
);

/** Mulberry32: a small seeded generator, so a batch set can be rebuilt exactly. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(items: T[], next: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

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

async function writeBatches(): Promise<void> {
	const path = corpusPath();
	if (!path) fail(new Error('../shared/corpus is missing'), 2);
	const gold = JSON.parse(
		readFileSync(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json'), 'utf8'),
	) as {
		items: { id: string }[];
	};
	const skip = new Set(gold.items.map((i) => i.id));
	const config = readThemeConfig();
	const byTheme = new Map<string, CorpusItem[]>();
	const rest: CorpusItem[] = [];
	for await (const row of readCorpus(path)) {
		if (skip.has(row.id) || row.text.length < 200) continue;
		const primary = ruleThemes({ title: row.title, body: row.text }, config).themes[0];
		if (primary) byTheme.set(primary, [...(byTheme.get(primary) ?? []), row]);
		else rest.push(row);
	}
	const next = random(Number(values.seed));
	const chosen: CorpusItem[] = [];
	for (const items of byTheme.values())
		chosen.push(...shuffle(items, next).slice(0, Number(values['per-theme'])));
	chosen.push(...shuffle(rest, next).slice(0, Number(values.random)));
	shuffle(chosen, next);
	const descriptions = config.themes
		.map((t) => `- ${t.id}（${t.label}）：${t.description}`)
		.join('\n');
	mkdirSync(DIR, { recursive: true });
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
			join(DIR, `batch-${b + 1}.md`),
			`# 主题标注 batch ${b + 1}（${part.length} 篇）\n\n主题：\n${descriptions}\n\n${body}`,
		);
	}
	console.log(`${chosen.length} articles in ${count} batches → ${DIR}`);
}

if (values.collect) collect();
else await writeBatches();
