import type { Article } from '../schema/release.ts';
import { readIndexBuild } from '../schema/index-build.ts';
import { articleToSearchDocuments, documentHash, vectorText } from './to-search-document.ts';
import type { Collection, OutletRef, SearchBackend, SearchDocument } from './types.ts';

/** Documents one batch embeds and tokenises while the batch before it is written. */
const { syncBatchDocs: BATCH_DOCS } = readIndexBuild();

/** The part of an embedder the indexer uses (see `src/lib/semantic/embedder.ts`). */
export interface VectorSource {
	modelId: string;
	embed(texts: string[], options?: { kind?: 'query' | 'passage' }): Promise<Float32Array[]>;
}

/** What one collection's sync did. */
export interface SyncCounts {
	added: number;
	updated: number;
	removed: number;
	unchanged: number;
}

/** Options of `syncIndex`. */
export interface SyncOptions {
	/** Computes vectors for changed documents when given. */
	embedder?: VectorSource | null;
	/** Documents per write (and per embedding call). */
	batchSize?: number;
	/** Called once the work is known (`total` changed documents), then after every batch. */
	onProgress?: (done: number, total: number) => void;
	/** Article ids whose documents stay even though `articles` lacks them (unreadable files). */
	keep?: ReadonlySet<string>;
}

// A measure's id is `<articleId>-m<index>`.
function articleIdOf(collection: Collection, id: string): string {
	return collection === 'articles' ? id : id.replace(/-m\d+$/u, '');
}

/**
 * Brings the backend in line with `articles`: writes only documents whose content hash changed,
 * removes documents whose article is gone (unless `keep` names it: a file that exists but could not
 * be read keeps what the index has of it), leaves the rest untouched (incremental re-indexing).
 */
export async function syncIndex(
	backend: SearchBackend,
	articles: AsyncIterable<Article> | Iterable<Article>,
	options: SyncOptions = {},
): Promise<Record<Collection, SyncCounts>> {
	const wanted: Record<Collection, Map<string, SearchDocument>> = {
		articles: new Map(),
		measures: new Map(),
	};
	for (const article of await collapseDuplicates(articles)) {
		const docs = articleToSearchDocuments(article.article);
		if (article.outlets.length > 0) docs.article.outlets = article.outlets;
		wanted.articles.set(docs.article.id, docs.article);
		for (const m of docs.measures) wanted.measures.set(m.id, m);
	}
	const plans = await Promise.all(
		(['articles', 'measures'] as const).map(async (collection) => {
			const stored = await backend.listIds(collection);
			const changed: SearchDocument[] = [];
			const counts: SyncCounts = { added: 0, updated: 0, removed: 0, unchanged: 0 };
			for (const [id, doc] of wanted[collection]) {
				const hash = stored.get(id);
				if (hash === documentHash(doc)) counts.unchanged++;
				else {
					changed.push(doc);
					if (hash === undefined) counts.added++;
					else counts.updated++;
				}
			}
			const removed = [...stored.keys()].filter(
				(id) => !wanted[collection].has(id) && !options.keep?.has(articleIdOf(collection, id)),
			);
			counts.removed = removed.length;
			return { collection, changed, removed, counts };
		}),
	);
	const total = plans.reduce((sum, p) => sum + p.changed.length, 0);
	const batchSize = options.batchSize ?? BATCH_DOCS;
	let done = 0;
	options.onProgress?.(0, total);
	// One batch is written while the next is embedded and tokenised.
	let writing: Promise<number> | undefined;
	const finish = async () => {
		if (!writing) return;
		done += await writing;
		writing = undefined;
		options.onProgress?.(done, total);
	};
	for (const plan of plans) {
		await backend.delete(plan.collection, plan.removed);
		for (let i = 0; i < plan.changed.length; i += batchSize) {
			const batch = plan.changed.slice(i, i + batchSize);
			let vectors: Map<string, Float32Array> | undefined;
			if (options.embedder) {
				const embedded = await options.embedder.embed(batch.map(vectorText), { kind: 'passage' });
				vectors = new Map(batch.map((d, k) => [d.id, embedded[k]!]));
			}
			const next = backend.upsert(plan.collection, batch, vectors).then(() => batch.length);
			// Observed now, awaited after the batch before it.
			next.catch(() => undefined);
			await finish();
			writing = next;
		}
		await finish();
	}
	// Which vectors are hubs depends on every other vector: measured anew after any change.
	const articlePlan = plans[0]!;
	if (options.embedder && (articlePlan.changed.length > 0 || articlePlan.removed.length > 0))
		await backend.refreshHubness?.('articles', options.embedder);
	return { articles: plans[0]!.counts, measures: plans[1]!.counts };
}

/**
 * The releases among `articles`: an article marked `duplicateOf` another one present (followed
 * to the first original) is left out and listed among that original's outlets; a copy whose
 * original is gone stands for the release itself.
 */
export async function collapseDuplicates(
	articles: AsyncIterable<Article> | Iterable<Article>,
): Promise<{ article: Article; outlets: OutletRef[] }[]> {
	const all = new Map<string, Article>();
	for await (const article of articles) all.set(article.id, article);
	const originalOf = (article: Article): Article => {
		const seen = new Set<string>([article.id]);
		let current = article;
		while (current.duplicateOf && all.has(current.duplicateOf) && !seen.has(current.duplicateOf)) {
			current = all.get(current.duplicateOf)!;
			seen.add(current.id);
		}
		return current;
	};
	const releases = new Map<string, { article: Article; outlets: OutletRef[] }>();
	for (const article of all.values()) {
		const original = originalOf(article);
		let release = releases.get(original.id);
		if (!release) {
			release = { article: original, outlets: [] };
			releases.set(original.id, release);
		}
		if (original !== article)
			release.outlets.push({
				id: article.id,
				source: article.source,
				date: article.date,
				title: article.title,
			});
	}
	return [...releases.values()];
}
