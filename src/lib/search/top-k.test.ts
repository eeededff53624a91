import { expect, test } from 'vitest';
import { TopK } from './top-k.ts';

/** What TopK keeps, by definition: the offers sorted best first, ties in offer order, cut to k. */
function reference(scores: readonly number[], k: number) {
	return scores
		.map((score, index) => ({ index, score }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, k);
}

test('keeps the best k offers, best first, ties in the order offered', () => {
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	for (const k of [0, 1, 3, 30, 300, 2000]) {
		for (const distinct of [5, 1000]) {
			// Few distinct values make many ties; many make few.
			const scores = Array.from({ length: 1000 }, () => Math.floor(random() * distinct) / distinct);
			const top = new TopK(k);
			for (const [index, score] of scores.entries()) top.offer(index, score);
			expect(top.sorted(), `k ${k}, ${distinct} values`).toEqual(reference(scores, k));
		}
	}
});
