/**
 * `npm run eval:search [-- --pool] [--semantic-weight W] [--min-similarity C] [--neighbours N]`:
 * relevance of the embedded backend, lexical and (when a model folder exists) hybrid, next to a
 * naive FTS5 baseline, on graded judgments (0–3) in search-config/eval/search-judgments.json: nDCG@10 and
 * recall@10 (grade ≥ 2), over the bundled samples and over a slice of ../shared/corpus
 * (人民日报 items, tagged at run time by the project's own stages; the corpus text never enters the
 * repository, only its ids; passage vectors are cached under .cache/). `--pool` prints each
 * query's unjudged top-20 for judging.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPath } from '../bench/lib/corpus.ts';
import { taggedCorpusArticles } from '../bench/lib/corpus-articles.ts';
import { openNaiveIndex } from '../bench/lib/naive-fts.ts';
import { cachedPassageVectors } from '../bench/lib/vector-cache.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba-segmenter.ts';
import { readThemeConfig } from '../src/lib/schema/theme-config.ts';
import type { Article } from '../src/lib/schema/release.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import { DEFAULT_HYBRID } from '../src/lib/search/hybrid-rank.ts';
import { vectorText } from '../src/lib/search/sync-index.ts';
import type { SearchBackend } from '../src/lib/search/types.ts';
import { loadEmbedder } from '../src/lib/semantic/embedder.ts';
import { ndcgAt, recallAt, type Judgments } from '../src/lib/search/relevance-metrics.ts';
import { sampleArticles } from '../src/lib/search/test-fixtures/sample-articles.ts';
import { articleToSearchDocuments } from '../src/lib/search/to-search-document.ts';

interface JudgedQuery {
	id: string;
	set: 'samples' | 'corpus';
	q: string;
	region?: string;
	theme?: ThemeId;
	/** Why the query is in the set (e.g. answers use other words). */
	note?: string;
	judgments: Judgments;
}

const JUDGMENTS = new URL('../search-config/eval/search-judgments.json', import.meta.url);
const { values } = parseArgs({
	options: {
		pool: { type: 'boolean', default: false },
		'semantic-weight': { type: 'string' },
		'min-similarity': { type: 'string' },
		neighbours: { type: 'string' },
		rerank: { type: 'boolean' },
	},
});
const hybrid = {
	...DEFAULT_HYBRID,
	...(values['semantic-weight'] ? { semanticWeight: Number(values['semantic-weight']) } : {}),
	...(values['min-similarity'] ? { minSimilarity: Number(values['min-similarity']) } : {}),
	...(values.neighbours ? { neighbours: Number(values.neighbours) } : {}),
	...(values.rerank !== undefined ? { rerankLexical: values.rerank } : {}),
};
const queries = (JSON.parse(readFileSync(JUDGMENTS, 'utf8')) as { queries: JudgedQuery[] }).queries;
const segmenter = createJiebaSegmenter();
const embedder = await loadEmbedder({ batchSize: 16 });
type Pair = [number, number];

async function evaluate(set: 'samples' | 'corpus', articles: Article[]) {
	const dir = mkdtempSync(join(tmpdir(), `jucuo-eval-${set}-`));
	try {
		const ours = openEmbeddedBackend({ dataDir: dir, segmenter });
		const naive = openNaiveIndex(join(dir, 'naive.sqlite'), segmenter);
		const docs = articles.map((a) => articleToSearchDocuments(a).article);
		let vectors: Map<string, Float32Array> | undefined;
		if (embedder) {
			const started = performance.now();
			const embedded = await cachedPassageVectors(
				embedder,
				docs.map(vectorText),
				join(import.meta.dirname, '..', '.cache', `eval-search-vectors-${set}`),
				(done, total) => process.stderr.write(`\rembedding ${done}/${total}`),
			);
			vectors = new Map(docs.map((d, k) => [d.id, embedded[k]!]));
			process.stderr.write(
				`\r${set}: ${docs.length} passage vectors ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
			);
		}
		for (let i = 0; i < articles.length; i += 1000) {
			await ours.upsert('articles', docs.slice(i, i + 1000), vectors);
			naive.add(articles.slice(i, i + 1000));
		}
		// A second connection to the same index, with the query embedder: the hybrid ranking.
		const hybridBackend: SearchBackend | null = embedder
			? openEmbeddedBackend({ dataDir: dir, segmenter, embedder, hybrid })
			: null;
		const titles = new Map(articles.map((a) => [a.id, a.title]));
		const rows: { id: string; ours: Pair; hybrid: Pair | null; base: Pair }[] = [];
		for (const query of queries.filter((q) => q.set === set)) {
			const filters = {
				...(query.region ? { region: [query.region] } : {}),
				...(query.theme ? { theme: [query.theme] } : {}),
			};
			const ranked = (
				await ours.search('articles', { q: query.q, filters, hitsPerPage: 20 })
			).hits.map((h) => h.id);
			let hybridRanked: string[] | null = null;
			if (hybridBackend) {
				const result = await hybridBackend.search('articles', {
					q: query.q,
					filters,
					hitsPerPage: 20,
				});
				hybridRanked = result.hits.map((h) => h.id);
			}
			const baseRanked = naive
				.search(
					{
						q: query.q.replace(/["“”]/gu, ' '),
						...(query.region ? { region: query.region } : {}),
						...(query.theme ? { theme: query.theme } : {}),
					},
					20,
				)
				.hits.map((h) => (JSON.parse(String(h.doc)) as { id: string }).id);
			rows.push({
				id: query.id,
				ours: [ndcgAt(ranked, query.judgments), recallAt(ranked, query.judgments)],
				hybrid: hybridRanked
					? [ndcgAt(hybridRanked, query.judgments), recallAt(hybridRanked, query.judgments)]
					: null,
				base: [ndcgAt(baseRanked, query.judgments), recallAt(baseRanked, query.judgments)],
			});
			if (values.pool) {
				const unjudged = [...new Set([...ranked, ...(hybridRanked ?? []), ...baseRanked])].filter(
					(id) => !(id in query.judgments),
				);
				if (unjudged.length > 0)
					console.log(
						`\n[pool] ${query.id} ${query.q}\n${unjudged.map((id) => `  "${id}": ?, // ${titles.get(id)}`).join('\n')}`,
					);
			}
		}
		await ours.close();
		await hybridBackend?.close();
		naive.close();
		return rows;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function report(set: string, rows: Awaited<ReturnType<typeof evaluate>>) {
	const f = (n: number | undefined) => (n === undefined ? '    -' : n.toFixed(3));
	const line = (id: string, ours: Pair, hybrid: Pair | undefined, base: Pair) =>
		`${id.padEnd(26)} ${f(base[0]).padStart(7)} ${f(ours[0]).padStart(7)} ${f(hybrid?.[0]).padStart(7)}   ${f(base[1]).padStart(7)} ${f(ours[1]).padStart(7)} ${f(hybrid?.[1]).padStart(7)}`;
	console.log(`\n${set}: ${rows.length} judged queries`);
	console.log(
		`${''.padEnd(26)} ${'nDCG@10'.padStart(23)}   ${'recall@10'.padStart(23)}\n${'query'.padEnd(26)} ${'naive'.padStart(7)} ${'lexical'.padStart(7)} ${'hybrid'.padStart(7)}   ${'naive'.padStart(7)} ${'lexical'.padStart(7)} ${'hybrid'.padStart(7)}`,
	);
	for (const r of rows) console.log(line(r.id, r.ours, r.hybrid ?? undefined, r.base));
	const mean = (pick: (r: (typeof rows)[number]) => number) =>
		rows.reduce((s, r) => s + pick(r), 0) / Math.max(1, rows.length);
	const ours: Pair = [mean((r) => r.ours[0]), mean((r) => r.ours[1])];
	const base: Pair = [mean((r) => r.base[0]), mean((r) => r.base[1])];
	const hybrid: Pair | undefined = rows.every((r) => r.hybrid)
		? [mean((r) => r.hybrid![0]), mean((r) => r.hybrid![1])]
		: undefined;
	console.log(line('MEAN', ours, hybrid, base));
	return { ours, hybrid, base };
}

function summary(set: string, m: ReturnType<typeof report>): string {
	const f = (n: number) => n.toFixed(3);
	const hybrid = m.hybrid ? `, hybrid ${f(m.hybrid[0])}/${f(m.hybrid[1])}` : '';
	return `${set} nDCG@10/recall@10: naive ${f(m.base[0])}/${f(m.base[1])}, lexical ${f(m.ours[0])}/${f(m.ours[1])}${hybrid}`;
}

console.log(
	'Search relevance: naive FTS5 (jieba words, one BM25, no synonyms) vs the embedded backend, lexical (jieba search-mode tokens, field weights, synonyms) and hybrid (lexical fused with bge vectors by reciprocal rank).',
);
console.log(
	embedder
		? `hybrid: ${embedder.modelId}, semantic weight ${hybrid.semanticWeight}, neighbours ${hybrid.neighbours} with cosine ≥ ${hybrid.minSimilarity}, ${hybrid.rerankLexical ? 'reranking lexical hits' : 'adding only what the words missed'}`
		: 'hybrid: skipped — no model folder (`npm run model:fetch`, or ../shared/models); lexical only.',
);
const summaries: string[] = [];
const samples = report(
	'samples (bundled sample pages)',
	await evaluate('samples', sampleArticles()),
);
summaries.push(summary('samples', samples));
if (!corpusPath()) {
	console.log(
		'\ncorpus: skipped — ../shared/corpus/news-2019-2025.jsonl.gz is absent (the corpus is read at run time, never stored here).',
	);
} else {
	const deps = { segmenter, themes: readThemeConfig(join(import.meta.dirname, '..')) };
	const articles: Article[] = [];
	const started = performance.now();
	for await (const a of taggedCorpusArticles(deps, (row) => row.source === '人民日报'))
		articles.push(a);
	console.log(
		`\ncorpus slice: ${articles.length} 人民日报 articles tagged by the project's stages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
	const corpus = report(
		'corpus (人民日报 2019-02, 2019-10, 2020-01, 2020-02)',
		await evaluate('corpus', articles),
	);
	summaries.push(summary('corpus', corpus));
}
console.log(`\n${summaries.join('; ')}`);
await embedder?.dispose();
