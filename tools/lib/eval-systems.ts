import { join } from 'node:path';
import { createBigramIndex } from '../../src/lib/eval/bigram-bm25.ts';
import { denseSearch } from '../../src/lib/eval/dense-retrieval.ts';
import type { Segmenter } from '../../src/lib/nlp/jieba/segmenter.ts';
import { openEmbeddedBackend } from '../../src/lib/search/embedded-backend.ts';
import { openMeilisearchBackend } from '../../src/lib/search/meilisearch-backend.ts';
import { vectorText } from '../../src/lib/search/to-search-document.ts';
import type { ArticleSearchDocument, SearchBackend } from '../../src/lib/search/types.ts';
import type { Embedder } from '../../src/lib/semantic/embedder.ts';
import { cachedPassageVectors } from './vector-cache.ts';

/** A query as every system receives it. */
interface SystemQuery {
	q: string;
	/** Region filter: results must have their primary region inside it. */
	region?: string | undefined;
}

/** One retrieval system under evaluation: the ids of its top `limit` articles. */
interface EvalSystem {
	name: string;
	search(query: SystemQuery, limit: number): Promise<string[]>;
	close(): Promise<void>;
}

function backendSystem(name: string, backend: SearchBackend): EvalSystem {
	return {
		name,
		async search(query, limit) {
			const filters = query.region ? { region: [query.region] } : {};
			const result = await backend.search('articles', { q: query.q, filters, hitsPerPage: limit });
			return result.hits.map((h) => h.id);
		},
		close: () => backend.close(),
	};
}

/**
 * Builds every system over the same articles: the embedded backend, lexical and (with a model)
 * hybrid; Meilisearch through the project's adapter when `meiliUrl` is given; the character-bigram
 * BM25 baseline; dense-only retrieval (with a model) over the very passages the engine embeds
 * (`vectorText`: the headline and the lead), so one set of vectors serves both and the
 * difference between hybrid and dense is the fusion, not the passages. Vectors are cached under
 * `cacheDir`.
 */
export async function buildEvalSystems(options: {
	docs: readonly ArticleSearchDocument[];
	dataDir: string;
	segmenter: Segmenter;
	embedder: Embedder | null;
	cacheDir: string;
	meiliUrl?: string | undefined;
	/** Key for `meiliUrl` (MEILI_API_KEY). */
	meiliApiKey?: string | undefined;
	log: (line: string) => void;
}): Promise<EvalSystem[]> {
	const { docs, embedder, log } = options;
	let vectors: Float32Array[] = [];
	if (embedder) {
		const started = performance.now();
		vectors = await cachedPassageVectors(
			embedder,
			docs.map(vectorText),
			join(options.cacheDir, 'passage-vectors'),
			(done, total) => process.stderr.write(`\rembedding passages ${done}/${total}`),
		);
		log(
			`${docs.length} passage vectors ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		);
	}
	const engineVectors = embedder ? new Map(docs.map((d, k) => [d.id, vectors[k]!])) : undefined;
	const lexical = openEmbeddedBackend({ dataDir: options.dataDir, segmenter: options.segmenter });
	for (let i = 0; i < docs.length; i += 1000)
		await lexical.upsert('articles', docs.slice(i, i + 1000), engineVectors);
	if (embedder) await lexical.refreshHubness?.('articles', embedder);
	const systems: EvalSystem[] = [backendSystem('lexical', lexical)];
	if (embedder)
		systems.push(
			backendSystem(
				'hybrid',
				openEmbeddedBackend({ dataDir: options.dataDir, segmenter: options.segmenter, embedder }),
			),
		);
	if (options.meiliUrl) {
		const meili = await openMeilisearchBackend({
			url: options.meiliUrl,
			...(options.meiliApiKey ? { apiKey: options.meiliApiKey } : {}),
			indexPrefix: 'jucuo_eval_',
			...(embedder ? { embedder } : {}),
		});
		for (let i = 0; i < docs.length; i += 1000)
			await meili.upsert('articles', docs.slice(i, i + 1000), engineVectors);
		systems.push(backendSystem('meilisearch', meili));
	}
	const bigram = createBigramIndex(docs);
	systems.push({
		name: 'bigram',
		search: (query, limit) => Promise.resolve(bigram.search(query.q, limit, query.region)),
		close: () => Promise.resolve(),
	});
	if (embedder) {
		const passages = docs.map((d, k) => ({ id: d.id, region: d.region, vector: vectors[k]! }));
		systems.push({
			name: 'dense',
			async search(query, limit) {
				const [vector] = await embedder.embed([query.q], { kind: 'query' });
				return denseSearch(passages, vector!, limit, query.region);
			},
			close: () => Promise.resolve(),
		});
	}
	return systems;
}
