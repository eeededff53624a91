import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDevSet } from '../../src/lib/eval/dev-set.ts';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from '../../src/lib/search/embedded-backend.ts';
import type { VectorSource } from '../../src/lib/search/sync-index.ts';
import { vectorText } from '../../src/lib/search/to-search-document.ts';
import { loadEmbedder } from '../../src/lib/semantic/embedder.ts';
import { evalCollection, sampleIds } from './eval-collection.ts';
import { SMALL_DEFAULTS, smallCollection } from './eval-small.ts';
import { PROJECT_ROOT } from './project.ts';
import { cachedPassageVectors } from './vector-cache.ts';

/**
 * The search dev set's collection indexed once in a temporary folder, as the benches that run the
 * engine over it need it: the full collection (samples, seeded corpus slice, older judged
 * articles) or, with `small`, the seeded small draw with each query's judgments cut to it; passage
 * vectors come from the cache of `npm run eval:search`, and query vectors are embedded once each
 * (`embedder`), so every variant run over the index pays the same for them.
 */
export async function buildEvalIndex(collection: 'big' | 'small', seed = SMALL_DEFAULTS.seed) {
	const devSet = readDevSet(join(PROJECT_ROOT, 'search-config/eval/search-dev.json'));
	const segmenter = createJiebaSegmenter();
	const model = await loadEmbedder({ batchSize: 16 });
	if (!model) throw new Error('no model folder: `npm run model:fetch`');
	let docs = await evalCollection(devSet, segmenter);
	if (collection === 'small') {
		const small = smallCollection(docs, devSet.queries, sampleIds(), { ...SMALL_DEFAULTS, seed });
		docs = small.docs;
		for (const q of devSet.queries) q.judgments = small.judgments.get(q.id)!;
	}
	const vectors = await cachedPassageVectors(
		model,
		docs.map(vectorText),
		join(PROJECT_ROOT, '.cache/eval-search/passage-vectors'),
	);
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-eval-index-'));
	const writer = openEmbeddedBackend({ dataDir: dir, segmenter });
	const byId = new Map(docs.map((d, k) => [d.id, vectors[k]!]));
	for (let i = 0; i < docs.length; i += 1000)
		await writer.upsert('articles', docs.slice(i, i + 1000), byId);
	await writer.refreshHubness?.('articles', model);
	await writer.close();
	const memo = new Map<string, Float32Array>();
	const embedder: VectorSource = {
		modelId: model.modelId,
		async embed(texts, options) {
			const out: Float32Array[] = [];
			for (const text of texts) {
				const key = `${options?.kind ?? ''}|${text}`;
				if (!memo.has(key)) memo.set(key, (await model.embed([text], options))[0]!);
				out.push(memo.get(key)!);
			}
			return out;
		},
	};
	return { devSet, segmenter, model, docs, byId, dir, embedder };
}
