/**
 * TF-IDF cosine over word tokens (e.g. jieba output): the similarity used when no embedding model
 * is available. Weights are sublinear tf (1 + ln tf) × smoothed idf (ln((1 + N) / (1 + df)) + 1),
 * L2-normalised. Neighbours are scored through an inverted index held in typed arrays (CSR), so
 * only documents sharing a term with the query are touched and 30k articles fit in tens of MB.
 */
import { TopK } from './top-k.ts';

/** A sparse L2-normalised vector: term ids ascending, with their weights. */
export interface SparseVector {
	terms: Uint32Array;
	weights: Float32Array;
}

/** A neighbour and its cosine. */
export interface SimilarDocument {
	id: string;
	score: number;
}

/** Documents indexed for lexical similarity. */
export interface TfIdfIndex {
	/** Number of indexed documents. */
	size: number;
	/** The `k` documents most similar to document `id`, best first, itself excluded; [] for an unknown id. */
	similarTo(id: string, k: number): SimilarDocument[];
	/** The `k` documents most similar to arbitrary tokens (e.g. a query), best first. */
	similarToTokens(tokens: readonly string[], k: number): SimilarDocument[];
	/** The TF-IDF vector of `tokens` under this index's vocabulary; unknown terms are dropped. */
	vectorFor(tokens: readonly string[]): SparseVector;
}

// Punctuation, symbols and spaces carry no topic.
const NOISE = /^[\p{P}\p{S}\p{Z}\s]*$/u;

/** Builds the index; tokens that are only punctuation or whitespace are ignored. */
export function buildTfIdf(docs: readonly { id: string; tokens: readonly string[] }[]): TfIdfIndex {
	const termIds = new Map<string, number>();
	const noise = new Set<string>();
	const df: number[] = [];
	// Term counts per document, compacted at once: a Map per document would hold ~1 GB for 30k articles.
	const tf = new Map<number, number>();
	const counted = docs.map(({ tokens }) => {
		tf.clear();
		for (const token of tokens) {
			let term = termIds.get(token);
			if (term === undefined) {
				if (noise.has(token)) continue;
				if (NOISE.test(token)) {
					noise.add(token);
					continue;
				}
				term = termIds.size;
				termIds.set(token, term);
				df.push(0);
			}
			tf.set(term, (tf.get(term) ?? 0) + 1);
		}
		const terms = Uint32Array.from(tf.keys()).sort();
		const counts = Float32Array.from(terms, (term) => tf.get(term)!);
		for (const term of terms) df[term]!++;
		return { terms, counts };
	});
	const idf = Float32Array.from(df, (n) => Math.log((1 + docs.length) / (1 + n)) + 1);
	/** Turns counts into normalised TF-IDF weights, in place. */
	const weigh = ({ terms, counts }: { terms: Uint32Array; counts: Float32Array }): SparseVector => {
		let norm = 0;
		for (let i = 0; i < terms.length; i++) {
			const weight = (1 + Math.log(counts[i]!)) * idf[terms[i]!]!;
			counts[i] = weight;
			norm += weight * weight;
		}
		norm = Math.sqrt(norm);
		if (norm > 0) for (let i = 0; i < counts.length; i++) counts[i]! /= norm;
		return { terms, weights: counts };
	};
	const vectors = counted.map(weigh);

	// Postings in CSR form: documents holding term t are postingDocs[start[t] .. start[t + 1]).
	const start = new Uint32Array(df.length + 1);
	for (let term = 0; term < df.length; term++) start[term + 1] = start[term]! + df[term]!;
	const postingDocs = new Uint32Array(start[df.length]!);
	const postingWeights = new Float32Array(start[df.length]!);
	const fill = start.slice(0, df.length);
	vectors.forEach(({ terms, weights }, doc) => {
		for (let i = 0; i < terms.length; i++) {
			const at = fill[terms[i]!]!++;
			postingDocs[at] = doc;
			postingWeights[at] = weights[i]!;
		}
	});
	const rowOf = new Map(docs.map(({ id }, row) => [id, row]));
	const scores = new Float32Array(docs.length);
	const touched = new Uint32Array(docs.length);

	const neighbours = (query: SparseVector, k: number, skip: number): SimilarDocument[] => {
		let count = 0;
		for (let i = 0; i < query.terms.length; i++) {
			const term = query.terms[i]!;
			const weight = query.weights[i]!;
			for (let at = start[term]!; at < start[term + 1]!; at++) {
				const doc = postingDocs[at]!;
				if (scores[doc] === 0) touched[count++] = doc;
				scores[doc]! += weight * postingWeights[at]!;
			}
		}
		const best = new TopK(k);
		touched.subarray(0, count).sort();
		for (let i = 0; i < count; i++) {
			const doc = touched[i]!;
			if (doc !== skip) best.offer(doc, scores[doc]!);
			scores[doc] = 0;
		}
		return best.sorted().map(({ index, score }) => ({ id: docs[index]!.id, score }));
	};

	const vectorFor = (tokens: readonly string[]): SparseVector => {
		const counts = new Map<number, number>();
		for (const token of tokens) {
			const term = termIds.get(token);
			if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + 1);
		}
		const terms = Uint32Array.from(counts.keys()).sort();
		return weigh({ terms, counts: Float32Array.from(terms, (term) => counts.get(term)!) });
	};

	return {
		size: docs.length,
		similarTo(id, k) {
			const row = rowOf.get(id);
			return row === undefined ? [] : neighbours(vectors[row]!, k, row);
		},
		similarToTokens: (tokens, k) => neighbours(vectorFor(tokens), k, -1),
		vectorFor,
	};
}

/** Cosine of two sparse normalised vectors (merge over ascending term ids). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
		const ta = a.terms[i]!;
		const tb = b.terms[j]!;
		if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
		else if (ta < tb) i++;
		else j++;
	}
	return sum;
}
