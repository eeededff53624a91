import { z } from 'astro/zod';
import { seededUniform } from './corpus-slice.ts';

/** What a judge sees of one pooled article: no id, system or rank. */
interface BlindArticle {
	title: string;
	/** Display name of the article's primary region. */
	region: string;
	/** The body, or as much of its start as the query's kind needs. */
	text: string;
}

/** One query of a grading batch: pooled articles under neutral keys k1, k2 … in shuffled order. */
export interface BlindQuery {
	id: string;
	q: string;
	/** Display name of the region filter, when the query has one. */
	regionFilter?: string;
	articles: Record<string, BlindArticle>;
}

/** Private side of a batch: query id → neutral key → article id. */
export type KeyMap = Record<string, Record<string, string>>;

/** A query with its pooled article ids (any order, duplicates allowed). */
export interface PoolEntry {
	id: string;
	q: string;
	regionFilter?: string;
	pooled: readonly string[];
}

/**
 * Shuffles each query's pool by a seeded hash (so neither system nor rank can be read from the
 * order), gives the articles neutral keys and cuts the queries into batches of `batchSize`.
 */
export function blindBatches<E extends PoolEntry>(
	entries: readonly E[],
	view: (id: string, entry: E) => BlindArticle,
	seed: string,
	batchSize: number,
): { queries: BlindQuery[]; keys: KeyMap }[] {
	const batches: { queries: BlindQuery[]; keys: KeyMap }[] = [];
	for (let i = 0; i < entries.length; i += batchSize) {
		const queries: BlindQuery[] = [];
		const keys: KeyMap = {};
		for (const entry of entries.slice(i, i + batchSize)) {
			const shuffled = [...new Set(entry.pooled)].sort(
				(a, b) => seededUniform(seed + entry.id, a) - seededUniform(seed + entry.id, b),
			);
			const articles: Record<string, BlindArticle> = {};
			keys[entry.id] = {};
			for (const [n, id] of shuffled.entries()) {
				articles[`k${n + 1}`] = view(id, entry);
				keys[entry.id]![`k${n + 1}`] = id;
			}
			queries.push({
				id: entry.id,
				q: entry.q,
				...(entry.regionFilter ? { regionFilter: entry.regionFilter } : {}),
				articles,
			});
		}
		batches.push({ queries, keys });
	}
	return batches;
}

/** A judge's file: query id → neutral key → grade 0–3. */
export const GradesSchema = z.record(
	z.string(),
	z.record(z.string(), z.number().int().min(0).max(3)),
);

/**
 * Turns a judge's grades back into article-id judgments, with one message per problem (a key or
 * query the batch does not have, a pooled article left ungraded) instead of a crash.
 */
export function gradesToJudgments(
	keys: KeyMap,
	grades: z.output<typeof GradesSchema>,
): { judgments: Record<string, Record<string, number>>; problems: string[] } {
	const judgments: Record<string, Record<string, number>> = {};
	const problems: string[] = [];
	for (const [queryId, byKey] of Object.entries(grades)) {
		const map = keys[queryId];
		if (!map) {
			problems.push(`grades for ${queryId}, which the batch does not have`);
			continue;
		}
		judgments[queryId] = {};
		for (const [key, grade] of Object.entries(byKey)) {
			const id = map[key];
			if (id === undefined) problems.push(`${queryId}: no article ${key} in the batch`);
			else judgments[queryId][id] = grade;
		}
	}
	for (const [queryId, map] of Object.entries(keys)) {
		const missing = Object.keys(map).filter((k) => grades[queryId]?.[k] === undefined);
		if (missing.length > 0) problems.push(`${queryId}: ungraded ${missing.join(', ')}`);
	}
	return { judgments, problems };
}
