/**
 * TF-IDF cosine over word tokens (e.g. jieba output): the similarity used when no embedding model
 * is available. Weights are sublinear tf (1 + ln tf) × smoothed idf (ln((1 + N) / (1 + df)) + 1),
 * L2-normalised; neighbours are scored through an inverted index, so only documents sharing a term
 * with the query are touched.
 */

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
const NOISE = /^[\p{P}\p{S}\p{Z}\s]+$/u;

/** Builds the index; tokens that are only punctuation or whitespace are ignored. */
export function buildTfIdf(docs: readonly { id: string; tokens: readonly string[] }[]): TfIdfIndex {
	const termIds = new Map<string, number>();
	const counts = docs.map(({ tokens }) => {
		const tf = new Map<number, number>();
		for (const token of tokens) {
			if (token === '' || NOISE.test(token)) continue;
			let term = termIds.get(token);
			if (term === undefined) {
				term = termIds.size;
				termIds.set(token, term);
			}
			tf.set(term, (tf.get(term) ?? 0) + 1);
		}
		return tf;
	});
	const df = new Uint32Array(termIds.size);
	for (const tf of counts) for (const term of tf.keys()) df[term]!++;
	const idf = Float32Array.from(df, (n) => Math.log((1 + docs.length) / (1 + n)) + 1);

	const weigh = (tf: Map<number, number>): SparseVector => {
		const terms = Uint32Array.from([...tf.keys()].sort((a, b) => a - b));
		const weights = Float32Array.from(terms, (term) => (1 + Math.log(tf.get(term)!)) * idf[term]!);
		let norm = 0;
		for (const weight of weights) norm += weight * weight;
		norm = Math.sqrt(norm);
		if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
		return { terms, weights };
	};
	const vectors = counts.map(weigh);

	// Postings: for each term, the documents holding it and the term's weight there.
	const postings = Array.from({ length: termIds.size }, () => ({
		docs: [] as number[],
		weights: [] as number[],
	}));
	vectors.forEach(({ terms, weights }, doc) => {
		terms.forEach((term, i) => {
			postings[term]!.docs.push(doc);
			postings[term]!.weights.push(weights[i]!);
		});
	});
	const rowOf = new Map(docs.map(({ id }, row) => [id, row]));

	const neighbours = (query: SparseVector, k: number, skip: number): SimilarDocument[] => {
		const scores = new Map<number, number>();
		query.terms.forEach((term, i) => {
			const posting = postings[term]!;
			const weight = query.weights[i]!;
			for (let j = 0; j < posting.docs.length; j++) {
				const doc = posting.docs[j]!;
				if (doc !== skip) scores.set(doc, (scores.get(doc) ?? 0) + weight * posting.weights[j]!);
			}
		});
		return [...scores]
			.sort((a, b) => b[1] - a[1] || a[0] - b[0])
			.slice(0, Math.max(0, k))
			.map(([doc, score]) => ({ id: docs[doc]!.id, score }));
	};

	const vectorFor = (tokens: readonly string[]): SparseVector => {
		const tf = new Map<number, number>();
		for (const token of tokens) {
			const term = termIds.get(token);
			if (term !== undefined) tf.set(term, (tf.get(term) ?? 0) + 1);
		}
		return weigh(tf);
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
