/**
 * Dev-time measurement behind `needsSupport` in `search-config/place-context.json`: which division
 * surfaces (short forms such as 和平, 新华, 东方, full names such as 城区) are mostly ordinary words.
 *
 * Run: `node scripts/measure-place-words.ts <corpus.jsonl.gz>` (reads the corpus at run time,
 * copies none of its text). A county- or city-level surface needs support when either
 * - jieba's own dictionary knows it as a frequent word that is not a place name (tag not `ns`,
 *   frequency ≥ 1000), or
 * - in the corpus, as a jieba token, it occurs ≥ 10 times and in ≥ 70 % of those the article names
 *   none of the places around it (its province, city, the full name, a county inside it), unless
 *   jieba's dictionary tags it as a place (`ns`, frequency ≥ 100): national news names 大连 or 哈密
 *   without their province, which makes them rare in context but still places.
 * Provinces are never listed: their names are not ordinary words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { childrenOf, regionChain } from '../src/lib/geo/gazetteer.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { getPlaceIndex } from '../src/lib/nlp/place-index.ts';
import { divisionSurfaces } from '../src/lib/nlp/jieba/user-dictionary.ts';
import { readCorpus } from '../tools/lib/corpus.ts';
import { jiebaLexicon } from '../src/lib/nlp/jieba/lexicon.ts';

const CONFIG = fileURLToPath(new URL('../search-config/place-context.json', import.meta.url));

const PROPER_NOUN_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt']);

async function main(corpus: string): Promise<void> {
	const index = getPlaceIndex();
	const segmenter = createJiebaSegmenter();
	const lexicon = jiebaLexicon();
	// For each surface, the other surfaces whose presence supports it.
	const context = new Map<string, Set<string>>();
	for (const [surface, candidates] of index.bySurface) {
		const near = new Set<string>();
		for (const { division } of candidates) {
			for (const d of regionChain(division.code)) for (const s of divisionSurfaces(d)) near.add(s);
			for (const d of childrenOf(division.code)) for (const s of divisionSurfaces(d)) near.add(s);
		}
		near.delete(surface);
		context.set(surface, near);
	}
	const total = new Map<string, number>();
	const alone = new Map<string, number>();
	let chars = 0;
	let ms = 0;
	for await (const { title, text } of readCorpus(corpus)) {
		const started = performance.now();
		const tokens = segmenter.cut(`${title}\n${text}`);
		ms += performance.now() - started;
		chars += title.length + text.length;
		const present = new Set(tokens.filter((t) => index.bySurface.has(t)));
		for (const token of tokens) {
			if (!present.has(token)) continue;
			total.set(token, (total.get(token) ?? 0) + 1);
			const supported = [...(context.get(token) ?? [])].some((s) => present.has(s));
			if (!supported) alone.set(token, (alone.get(token) ?? 0) + 1);
		}
	}
	const needsSupport = [...index.bySurface]
		.filter(([, candidates]) => candidates.every((c) => c.division.level !== 'province'))
		.map(([surface]) => surface)
		.filter((surface) => {
			const word = lexicon.get(surface);
			if (word && word.freq >= 1000 && !PROPER_NOUN_TAGS.has(word.tag)) return true;
			if (!index.bySurface.get(surface)?.every((c) => c.division.level === 'county')) return false;
			const n = total.get(surface) ?? 0;
			return n >= 10 && (alone.get(surface) ?? 0) / n >= 0.7;
		})
		.sort();
	const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as Record<string, unknown>;
	config['needsSupport'] = needsSupport;
	writeFileSync(CONFIG, `${JSON.stringify(config, null, '\t')}\n`);
	console.log(
		`segmented ${chars} chars in ${ms.toFixed(0)} ms (${((chars / ms) * 1000).toFixed(0)} chars/s)`,
	);
	console.log(`${needsSupport.length} surfaces need support:`, needsSupport.join(' '));
	const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 60);
	console.log(top.map(([s, n]) => `${s}:${n}/${alone.get(s) ?? 0}`).join(' '));
}

if (import.meta.main) {
	const [corpus] = process.argv.slice(2);
	if (!corpus) throw new TypeError('Pass the path of a `.jsonl.gz` corpus.');
	await main(corpus);
}
