/**
 * What the dense-retrieval research benches (`bench/passage-dense.ts`, `bench/headline-dense.ts`,
 * `bench/rerank-signals.ts`) share: the search dev set's collection with its engine vectors
 * (headline and lead), the measures' vectors, and a table of nDCG@10 / recall@10 per variant,
 * split and kind.
 */
import { join } from 'node:path';
import { QUERY_KINDS, readDevSet } from '../../src/lib/eval/dev-set.ts';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { ndcgAt, recallAt } from '../../src/lib/search/relevance-metrics.ts';
import { vectorText } from '../../src/lib/search/to-search-document.ts';
import { loadEmbedder, type Embedder } from '../../src/lib/semantic/embedder.ts';
import type { ArticleSearchDocument } from '../../src/lib/search/types.ts';
import { evalCollection, sampleIds } from './eval-collection.ts';
import { SMALL_DEFAULTS, smallCollection } from './eval-small.ts';
import { PROJECT_ROOT, positiveIntegerOption } from './project.ts';
import { cachedPassageVectors } from './vector-cache.ts';

type DevSet = ReturnType<typeof readDevSet>;
type DevQuery = DevSet['queries'][number];

/** Where the research benches cache vectors by text. */
export const DENSE_CACHE = join(PROJECT_ROOT, '.cache/eval-search');

/** The dev set, the model, the collection (`small`: a seeded draw; `big`: the whole slice) and each article's engine vector. */
export async function denseCollection(
	values: { collection?: string | undefined; seed?: string | undefined },
	usage: string,
): Promise<{
	devSet: DevSet;
	model: Embedder;
	docs: ArticleSearchDocument[];
	leads: Float32Array[];
}> {
	const devSet = readDevSet(join(PROJECT_ROOT, 'search-config/eval/search-dev.json'));
	const model = await loadEmbedder({ batchSize: 16 });
	if (!model) throw new Error('no model folder: `npm run model:fetch`');
	let docs = await evalCollection(devSet, createJiebaSegmenter());
	if (values.collection === 'small') {
		const seed = positiveIntegerOption('seed', values.seed ?? String(SMALL_DEFAULTS.seed), usage);
		const small = smallCollection(docs, devSet.queries, sampleIds(), { ...SMALL_DEFAULTS, seed });
		docs = small.docs;
		for (const q of devSet.queries) q.judgments = small.judgments.get(q.id)!;
	} else if (values.collection !== 'big')
		throw new Error(`--collection must be big or small, not ${values.collection}`);
	const leads = await cachedPassageVectors(
		model,
		docs.map(vectorText),
		join(DENSE_CACHE, 'passage-vectors'),
	);
	return { devSet, model, docs, leads };
}

/** Each article's measures' vectors (the measures collection's texts), with the CPU seconds embedding them took. */
export async function measureVectors(
	model: Embedder,
	docs: readonly ArticleSearchDocument[],
	progress?: (done: number, total: number) => void,
): Promise<{ measures: Float32Array[][]; count: number; cpuSeconds: number }> {
	const texts = docs.map((d) => d.measuresText.split('\n').filter((t) => t.trim() !== ''));
	const started = process.cpuUsage();
	const flat = await cachedPassageVectors(
		model,
		texts.flat(),
		join(DENSE_CACHE, 'measure-vectors'),
		progress,
	);
	const used = process.cpuUsage(started);
	let at = 0;
	return {
		measures: texts.map((m) => m.map(() => flat[at++]!)),
		count: flat.length,
		cpuSeconds: (used.user + used.system) / 1e6,
	};
}

/** Sums of nDCG@10 and recall@10 per variant, split and kind, printed as one table per split. */
export class DenseScores {
	private readonly sums = new Map<string, { n: number; ndcg: number; recall: number }>();

	/** Counts one query's first ten under a variant, in its kind and in the split's total. */
	add(name: string, query: DevQuery, ranked: readonly string[]): void {
		const top = ranked.slice(0, 10);
		for (const group of [`${query.split}|${query.kind}`, `${query.split}|all`]) {
			const key = `${name}|${group}`;
			const s = this.sums.get(key) ?? { n: 0, ndcg: 0, recall: 0 };
			s.n++;
			s.ndcg += ndcgAt(top, query.judgments);
			s.recall += recallAt(top, query.judgments);
			this.sums.set(key, s);
		}
	}

	/** Prints, for each split, a row per kind and a column per variant. */
	print(splits: readonly string[], names: readonly string[], width: number): void {
		for (const split of splits) {
			console.log(`\n${split} — nDCG@10 / recall@10`);
			console.log(`${''.padEnd(14)}${names.map((n) => n.padStart(width)).join('')}`);
			for (const kind of [...QUERY_KINDS, 'all']) {
				const cells = names.map((name) => {
					const s = this.sums.get(`${name}|${split}|${kind}`);
					const cell = s ? `${(s.ndcg / s.n).toFixed(3)}/${(s.recall / s.n).toFixed(3)}` : '-';
					return cell.padStart(width);
				});
				console.log(`${kind.padEnd(14)}${cells.join('')}`);
			}
		}
	}
}
