/**
 * `npm run eval:search:meili`: the judged queries of search-config/eval/search-judgments.json on
 * Meilisearch (through the adapter, lexical) next to the embedded backend's lexical ranking, on the
 * bundled samples and, when ../shared/corpus is present, the same 人民日报 slice as
 * `npm run eval:search`. Meilisearch runs with each matching strategy and both region scopes, so
 * the configured choice is measured, not assumed. Uses MEILI_URL / MEILI_API_KEY when set,
 * else starts its own server (`npm run meili`'s binary) in a temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusPath } from '../tools/lib/corpus.ts';
import { taggedCorpusArticles } from '../tools/lib/corpus-articles.ts';
import { startBenchServer } from '../tools/lib/meili-bench.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import type { Article } from '../src/lib/schema/release.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import { loadMeilisearchConfig } from '../src/lib/search/meilisearch/config.ts';
import { openMeilisearchBackend } from '../src/lib/search/meilisearch/index.ts';
import { ndcgAt, recallAt, type Judgments } from '../src/lib/search/relevance-metrics.ts';
import { sampleArticles } from '../src/lib/eval/sample-articles.ts';
import { articleToSearchDocuments } from '../src/lib/search/to-search-document.ts';
import type { SearchBackend, SearchFilters } from '../src/lib/search/types.ts';

interface JudgedQuery {
	id: string;
	set: 'samples' | 'corpus';
	q: string;
	region?: string;
	theme?: ThemeId;
	judgments: Judgments;
}

const JUDGMENTS = new URL('../search-config/eval/search-judgments.json', import.meta.url);
const queries = (JSON.parse(readFileSync(JUDGMENTS, 'utf8')) as { queries: JudgedQuery[] }).queries;
const segmenter = createJiebaSegmenter();
const config = loadMeilisearchConfig();
const VARIANTS = [
	{ label: `meili ${config.matchingStrategy} (configured)`, strategy: config.matchingStrategy },
	...(['all', 'last', 'frequency'] as const)
		.filter((s) => s !== config.matchingStrategy)
		.map((strategy) => ({ label: `meili ${strategy}`, strategy })),
];
const own = process.env['MEILI_URL'] ? null : mkdtempSync(join(tmpdir(), 'jucuo-eval-meili-'));
const server = own ? await startBenchServer(own) : null;
const url = server?.url ?? process.env['MEILI_URL']!;
const apiKey = server?.apiKey ?? process.env['MEILI_API_KEY'];

async function evaluate(set: 'samples' | 'corpus', articles: Article[]) {
	const dir = mkdtempSync(join(tmpdir(), `jucuo-eval-${set}-`));
	const prefix = `eval_${set}_${Date.now()}_`;
	try {
		const docs = articles.map((a) => articleToSearchDocuments(a).article);
		const embedded = openEmbeddedBackend({ dataDir: dir, segmenter });
		const writer = await openMeilisearchBackend({ url, apiKey, indexPrefix: prefix });
		for (let i = 0; i < docs.length; i += 5000) {
			await embedded.upsert('articles', docs.slice(i, i + 5000));
			await writer.upsert('articles', docs.slice(i, i + 5000));
		}
		await writer.close();
		const engines: [string, SearchBackend, Partial<SearchFilters>][] = [
			['embedded lexical', embedded, {}],
		];
		for (const v of VARIANTS)
			engines.push([
				v.label,
				await openMeilisearchBackend({
					url,
					apiKey,
					indexPrefix: prefix,
					config: { ...config, matchingStrategy: v.strategy },
				}),
				{},
			]);
		engines.push([`${VARIANTS[0]!.label}, scope mentions`, engines[1]![1], { scope: 'mentions' }]);
		const sums = engines.map(() => ({ ndcg: 0, recall: 0 }));
		const judged = queries.filter((q) => q.set === set);
		for (const query of judged) {
			const filters = {
				...(query.region ? { region: [query.region] } : {}),
				...(query.theme ? { theme: [query.theme] } : {}),
			};
			for (const [k, [, backend, extra]] of engines.entries()) {
				const ranked = (
					await backend.search('articles', {
						q: query.q,
						filters: { ...filters, ...extra },
						hitsPerPage: 20,
					})
				).hits.map((h) => h.id);
				sums[k]!.ndcg += ndcgAt(ranked, query.judgments);
				sums[k]!.recall += recallAt(ranked, query.judgments);
			}
		}
		console.log(`\n${set}: ${judged.length} judged queries, ${docs.length} articles`);
		console.log(`${'engine'.padEnd(46)} nDCG@10  recall@10`);
		for (const [k, [label]] of engines.entries())
			console.log(
				`${label.padEnd(46)} ${(sums[k]!.ndcg / judged.length).toFixed(3).padStart(7)}  ${(sums[k]!.recall / judged.length).toFixed(3).padStart(9)}`,
			);
		for (const [, backend] of engines) await backend.close().catch(() => undefined);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

try {
	console.log(
		'Search relevance, lexical: the embedded backend vs Meilisearch 1.21 through the adapter (region filters: scope about unless marked).',
	);
	await evaluate('samples', sampleArticles());
	if (corpusPath()) {
		const deps = { segmenter, themes: readThemeConfig(join(import.meta.dirname, '..')) };
		const articles: Article[] = [];
		for await (const a of taggedCorpusArticles(deps, (row) => row.source === '人民日报'))
			articles.push(a);
		await evaluate('corpus', articles);
	} else console.log('\ncorpus: skipped — ../shared/corpus is absent.');
} finally {
	server?.child.kill();
	if (own) rmSync(own, { recursive: true, force: true });
}
