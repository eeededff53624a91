import { createHash } from 'node:crypto';
import { RELEVANT_GRADE, type Judgments } from '../../src/lib/search/relevance-metrics.ts';

/** How many judged articles of each query a small collection keeps. */
export interface SmallCollectionOptions {
	/** Relevant (grade ≥ 2) articles per query, at most. */
	relevant: number;
	/** Judged but not relevant (grade 0–1) articles per query, at most: near misses that compete. */
	other: number;
	seed: number;
}

export const SMALL_DEFAULTS: SmallCollectionOptions = { relevant: 3, other: 2, seed: 1 };

/**
 * A small collection in the shape of the held-out one (a few hundred freshly ingested articles,
 * most of them an answer to some query): the articles in `keep` (the bundled samples) plus, for
 * every query, a seeded draw of up to `relevant` of its relevant articles and `other` of its
 * judged non-relevant ones. Each query's judgments shrink to the articles kept, so its recall@10
 * can reach 1 and IDF, field lengths and the vector neighbour pool behave as in a small index.
 * A query's articles are ranked by a seeded hash of (query id, article id), not shuffled by one
 * generator shared by all queries, so a judging round that grades new articles changes only the
 * draws of the queries it graded, and only where a new article hashes before a drawn one.
 */
export function smallCollection<D extends { id: string }>(
	docs: readonly D[],
	queries: readonly { id: string; judgments: Judgments }[],
	keep: ReadonlySet<string>,
	options: SmallCollectionOptions = SMALL_DEFAULTS,
): { docs: D[]; judgments: Map<string, Judgments> } {
	const present = new Set(docs.map((d) => d.id));
	const chosen = new Set([...keep].filter((id) => present.has(id)));
	for (const query of queries) {
		const judged = Object.keys(query.judgments)
			.filter((id) => present.has(id))
			.map((id) => ({ id, key: drawKey(options.seed, query.id, id) }))
			.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
			.map((d) => d.id);
		const relevant = judged.filter((id) => query.judgments[id]! >= RELEVANT_GRADE);
		const other = judged.filter((id) => query.judgments[id]! < RELEVANT_GRADE);
		for (const id of relevant.slice(0, options.relevant)) chosen.add(id);
		for (const id of other.slice(0, options.other)) chosen.add(id);
	}
	const judgments = new Map(
		queries.map((q) => [
			q.id,
			Object.fromEntries(Object.entries(q.judgments).filter(([id]) => chosen.has(id))),
		]),
	);
	return { docs: docs.filter((d) => chosen.has(d.id)), judgments };
}

/** Where article `id` stands in query `queryId`'s draw: the first 16 hex digits of a sha256. */
function drawKey(seed: number, queryId: string, id: string): string {
	return createHash('sha256')
		.update(`${seed}\u0000${queryId}\u0000${id}`)
		.digest('hex')
		.slice(0, 16);
}
