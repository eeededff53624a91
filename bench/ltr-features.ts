/**
 * Learning-to-rank features of the search dev set: `node bench/ltr-features.ts [--collection
 * big|small] [--out file]`. Indexes the dev set's collection (`buildEvalIndex`), runs every query
 * with relevant judgments (both splits) through the hybrid engine as configured, lexical-only
 * search and dense-only retrieval, and writes, per query, its kind, split and own features (its
 * characters and words, how many of the lexical first ten hold every word) and, per candidate (the
 * engine's first hundred hits: the model reorders what the engine returns), its rank in each list,
 * its rescored lexical score over the query's best, its cosine with the query, whether it holds
 * every query word and what share of them its headline holds. Prints nothing per query:
 * `bench/ltr-fit.ts` fits on the tune half and scores the dev half in totals only.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { denseSearch } from '../src/lib/eval/dense-retrieval.ts';
import { hasRelevant } from '../src/lib/eval/score-runs.ts';
import { documentText } from '../src/lib/search/search-hit.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import { buildEvalIndex } from '../tools/lib/eval-index.ts';
import type { LtrCandidate, LtrQuery } from '../tools/lib/ltr-model.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

/** How deep each list is read; the candidates are the engine's own hits to that depth. */
const DEPTH = 100;

const { values } = parseArgs({
	options: {
		collection: { type: 'string', default: 'big' },
		out: { type: 'string' },
	},
});
if (values.collection !== 'big' && values.collection !== 'small')
	throw new Error(`--collection must be big or small, not ${values.collection}`);
const out = values.out ?? join(PROJECT_ROOT, `.cache/ltr-${values.collection}.json`);
const { devSet, segmenter, model, docs, byId, dir, embedder } = await buildEvalIndex(
	values.collection,
);
const hybrid = openEmbeddedBackend({ dataDir: dir, segmenter, embedder });
const lexical = openEmbeddedBackend({ dataDir: dir, segmenter });
const byDoc = new Map(docs.map((d) => [d.id, d]));
const passages = docs.map((d) => ({ id: d.id, region: d.region, vector: byId.get(d.id)! }));
const cosine = (a: Float32Array, b: Float32Array) => {
	let dot = 0;
	for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
	return dot;
};
const rankOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i + 1]));

const rows: LtrQuery[] = [];
for (const q of devSet.queries.filter((x) => hasRelevant(x.judgments))) {
	const params = { q: q.q, filters: q.region ? { region: [q.region] } : {}, hitsPerPage: DEPTH };
	const fused = (await hybrid.search('articles', params)).hits.map((h) => h.id);
	const lexHits = (await lexical.search('articles', params)).hits;
	const [vector] = await embedder.embed([q.q], { kind: 'query' });
	const dense = denseSearch(passages, vector!, DEPTH, q.region);
	// The query's words as jieba cuts them (two characters or more, punctuation and quotes out).
	const words = segmenter
		.cut(q.q.replace(/[“”"'‘’]/gu, ' '))
		.filter((w) => /^[\p{Script=Han}A-Za-z0-9]{2,}$/u.test(w));
	const holdsAll = (id: string) => {
		const t = documentText(byDoc.get(id)!);
		const text = `${t.title}\n${t.measures}\n${t.body}`;
		return words.length > 0 && words.every((w) => text.includes(w));
	};
	const lexIds = lexHits.map((h) => h.id);
	const best = Math.max(0, ...lexHits.map((h) => h.score));
	const lexScore = new Map(lexHits.map((h) => [h.id, best > 0 ? h.score / best : 0]));
	const [fr, lr, dr] = [rankOf(fused), rankOf(lexIds), rankOf(dense)];
	const ids = fused;
	const candidates: LtrCandidate[] = ids.map((id) => ({
		id,
		fusedRank: fr.get(id) ?? 0,
		lexicalRank: lr.get(id) ?? 0,
		lexicalScore: lexScore.get(id) ?? 0,
		denseRank: dr.get(id) ?? 0,
		cosine: cosine(vector!, byId.get(id)!),
		full: holdsAll(id),
		titleShare:
			words.filter((w) => documentText(byDoc.get(id)!).title.includes(w)).length /
			Math.max(1, words.length),
	}));
	rows.push({
		id: q.id,
		kind: q.kind,
		split: q.split,
		filtered: q.region !== undefined,
		quoted: /["“”]/u.test(q.q),
		chars: [...q.q].length,
		words: words.length,
		fullHits: lexIds.slice(0, 10).filter(holdsAll).length,
		judgments: q.judgments,
		candidates,
	});
}
await hybrid.close();
await lexical.close();
await model.dispose();
rmSync(dir, { recursive: true, force: true });
writeFileSync(out, JSON.stringify(rows));
console.log(`${rows.length} queries, ${values.collection} collection, written to ${out}`);
