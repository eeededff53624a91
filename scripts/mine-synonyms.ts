/**
 * Dev-time mining behind the `mined` pairs of `search-config/synonyms.json`: the abbreviations the
 * corpus states for itself (`abbreviation-pairs.ts`: 以下简称, 简称, a quoted formula glossed by
 * the list it stands for), each with the number of articles that hold both forms. An abbreviation
 * in common use recurs beside its full name; one article's shorthand for its own subject (大赛,
 * 通知) does not.
 *
 * Run: `node scripts/mine-synonyms.ts [<corpus.jsonl.gz>]` (reads the corpus twice at run time;
 * only the pairs and their counts are written, those held together by at least `KEEP_FROM`
 * articles). Which of them a search expands, and at what weight, is `mined.minArticles` and
 * `mined.weight` in the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';
import { abbreviationPairs } from '../src/lib/search/abbreviation-pairs.ts';

const CONFIG = fileURLToPath(new URL('../search-config/synonyms.json', import.meta.url));
/** Pairs stated by fewer articles are not written at all (most are one article's own names). */
const KEEP_FROM = 2;

async function main(corpus: string): Promise<void> {
	const stated = new Map<string, { short: string; full: string }>();
	let articles = 0;
	for await (const { title, text } of readCorpus(corpus)) {
		articles++;
		for (const pair of abbreviationPairs(`${title}\n${text}`))
			stated.set(`${pair.short}\t${pair.full}`, pair);
	}
	const together = new Map<string, number>();
	for await (const { title, text } of readCorpus(corpus)) {
		const whole = `${title}\n${text}`;
		for (const [key, { short, full }] of stated)
			if (whole.includes(short) && whole.includes(full))
				together.set(key, (together.get(key) ?? 0) + 1);
	}
	const pairs = [...together]
		.filter(([, n]) => n >= KEEP_FROM)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([key, n]) => [...key.split('\t'), n] as [string, string, number]);
	const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { mined?: Record<string, unknown> };
	config.mined = { ...config.mined, pairs };
	writeFileSync(CONFIG, `${JSON.stringify(config, null, '\t')}\n`);
	console.log(
		`${articles} articles: ${stated.size} pairs stated, ${pairs.length} held together by ≥ ${KEEP_FROM}`,
	);
}

const path = process.argv[2] ?? corpusPath();
if (!path) throw new Error('no corpus: pass its path or set JUCUO_CORPUS');
await main(path);
