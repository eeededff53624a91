/**
 * `npm run eval:search [-- --pool]`: relevance of the embedded backend next to a naive FTS5
 * baseline, on graded judgments (0–3) in search-config/eval/search-judgments.json: nDCG@10 and
 * recall@10 (grade ≥ 2), over the bundled samples and over a slice of ../shared/corpus
 * (人民日报 items, tagged at run time by the project's own stages; the corpus text never enters the
 * repository, only its ids). `--pool` prints each corpus query's unjudged top-20 for judging.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusArticlesAvailable } from '../bench/lib/corpus-seeds.ts';
import { taggedCorpusArticles } from '../bench/lib/corpus-articles.ts';
import { openNaiveIndex } from '../bench/lib/naive-fts.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba-segmenter.ts';
import { readThemeConfig } from '../src/lib/schema/theme-config.ts';
import type { Article } from '../src/lib/schema/release.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
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
const { values } = parseArgs({ options: { pool: { type: 'boolean', default: false } } });
const queries = (JSON.parse(readFileSync(JUDGMENTS, 'utf8')) as { queries: JudgedQuery[] }).queries;
const segmenter = createJiebaSegmenter();

async function evaluate(set: 'samples' | 'corpus', articles: Article[]) {
	const dir = mkdtempSync(join(tmpdir(), `jucuo-eval-${set}-`));
	try {
		const ours = openEmbeddedBackend({ dataDir: dir, segmenter });
		const naive = openNaiveIndex(join(dir, 'naive.sqlite'), segmenter);
		for (let i = 0; i < articles.length; i += 1000) {
			const batch = articles.slice(i, i + 1000);
			await ours.upsert(
				'articles',
				batch.map((a) => articleToSearchDocuments(a).article),
			);
			naive.add(batch);
		}
		const titles = new Map(articles.map((a) => [a.id, a.title]));
		const rows: { id: string; ours: [number, number]; base: [number, number] }[] = [];
		for (const query of queries.filter((q) => q.set === set)) {
			const filters = {
				...(query.region ? { region: [query.region] } : {}),
				...(query.theme ? { theme: [query.theme] } : {}),
			};
			const ranked = (
				await ours.search('articles', { q: query.q, filters, hitsPerPage: 20 })
			).hits.map((h) => h.id);
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
				base: [ndcgAt(baseRanked, query.judgments), recallAt(baseRanked, query.judgments)],
			});
			if (values.pool) {
				const unjudged = [...new Set([...ranked, ...baseRanked])].filter(
					(id) => !(id in query.judgments),
				);
				if (unjudged.length > 0)
					console.log(
						`\n[pool] ${query.id} ${query.q}\n${unjudged.map((id) => `  "${id}": ?, // ${titles.get(id)}`).join('\n')}`,
					);
			}
		}
		await ours.close();
		naive.close();
		return rows;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function report(set: string, rows: Awaited<ReturnType<typeof evaluate>>) {
	const f = (n: number) => n.toFixed(3);
	console.log(`\n${set}: ${rows.length} judged queries`);
	console.log('query                          nDCG@10 ours  base   recall@10 ours  base');
	for (const r of rows)
		console.log(
			`${r.id.padEnd(30)} ${f(r.ours[0]).padStart(12)}  ${f(r.base[0])}  ${f(r.ours[1]).padStart(14)}  ${f(r.base[1])}`,
		);
	const mean = (pick: (r: (typeof rows)[number]) => number) =>
		rows.reduce((s, r) => s + pick(r), 0) / Math.max(1, rows.length);
	console.log(
		`${'MEAN'.padEnd(30)} ${f(mean((r) => r.ours[0])).padStart(12)}  ${f(mean((r) => r.base[0]))}  ${f(mean((r) => r.ours[1])).padStart(14)}  ${f(mean((r) => r.base[1]))}`,
	);
	return {
		ndcg: [mean((r) => r.ours[0]), mean((r) => r.base[0])],
		recall: [mean((r) => r.ours[1]), mean((r) => r.base[1])],
	};
}

console.log(
	'Search relevance: embedded backend (jieba search-mode tokens, field weights, synonyms) vs naive FTS5 (jieba words, one BM25, no synonyms).',
);
const summaries: string[] = [];
const samples = report(
	'samples (bundled sample pages)',
	await evaluate('samples', sampleArticles()),
);
summaries.push(`samples nDCG@10 ${samples.ndcg[0]!.toFixed(3)} vs ${samples.ndcg[1]!.toFixed(3)}`);
if (!corpusArticlesAvailable()) {
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
	summaries.push(
		`corpus nDCG@10 ${corpus.ndcg[0]!.toFixed(3)} vs ${corpus.ndcg[1]!.toFixed(3)}, recall@10 ${corpus.recall[0]!.toFixed(3)} vs ${corpus.recall[1]!.toFixed(3)}`,
	);
}
console.log(`\n${summaries.join('; ')} (embedded vs naive)`);
