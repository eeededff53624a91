import { isWithin } from '../geo/gazetteer.ts';

/** What the baseline indexes of one article. */
interface BigramDocument {
	id: string;
	title: string;
	body: string;
	/** Primary region code; a region filter keeps documents whose primary region lies inside it. */
	region: string;
}

/** BM25 constants of the baseline (the textbook values). */
const K1 = 1.2;
const B = 0.75;

/**
 * Overlapping character bigrams of each run of Han characters, letters or digits; a run of one
 * character is kept as a unigram. Punctuation and spaces split runs.
 */
export function characterBigrams(text: string): string[] {
	const grams: string[] = [];
	for (const run of text.toLowerCase().match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? []) {
		const chars = [...run];
		if (chars.length === 1) grams.push(chars[0]!);
		for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
	}
	return grams;
}

/**
 * The character-bigram BM25 baseline of issue 11: the query is an OR of its bigrams, the title is
 * counted twice, k1 = 1.2, b = 0.75; no segmenter, synonyms or field weights.
 */
export function createBigramIndex(docs: readonly BigramDocument[]) {
	const postings = new Map<string, Map<number, number>>();
	const lengths: number[] = [];
	for (const [n, doc] of docs.entries()) {
		const grams = characterBigrams(`${doc.title}\n${doc.title}\n${doc.body}`);
		lengths.push(grams.length);
		for (const g of grams) {
			const list = postings.get(g) ?? new Map<number, number>();
			list.set(n, (list.get(n) ?? 0) + 1);
			postings.set(g, list);
		}
	}
	const average = lengths.reduce((s, l) => s + l, 0) / Math.max(1, lengths.length);
	return {
		/** Ids of the best `limit` documents for `q`, restricted to `region` when given. */
		search(q: string, limit: number, region?: string): string[] {
			const scores = new Map<number, number>();
			for (const g of new Set(characterBigrams(q))) {
				const list = postings.get(g);
				if (!list) continue;
				const idf = Math.log(1 + (docs.length - list.size + 0.5) / (list.size + 0.5));
				for (const [n, tf] of list) {
					const norm = tf + K1 * (1 - B + (B * lengths[n]!) / average);
					scores.set(n, (scores.get(n) ?? 0) + (idf * tf * (K1 + 1)) / norm);
				}
			}
			return [...scores]
				.filter(([n]) => region === undefined || isWithin(docs[n]!.region, region))
				.sort((a, b) => b[1] - a[1] || a[0] - b[0])
				.slice(0, limit)
				.map(([n]) => docs[n]!.id);
		},
	};
}
