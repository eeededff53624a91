import { expect, test } from 'vitest';
import { coordinateAscent, LTR_FEATURES, prepare, ranking, type LtrQuery } from './ltr-model.ts';
import { pairwiseLogistic } from './ltr-pairwise.ts';

const ENGINE = LTR_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
const COSINE = LTR_FEATURES.indexOf('cosineGap');

/** A descriptive query whose one relevant article the engine ranks 12th but the vectors find first. */
function buriedAnswer(id: string): LtrQuery {
	const candidates = Array.from({ length: 15 }, (_, i) => ({
		id: `${id}-a${i + 1}`,
		fusedRank: i + 1,
		lexicalRank: i + 1,
		lexicalScore: 1 - i / 15,
		denseRank: i === 11 ? 1 : i + 2,
		cosine: i === 11 ? 0.7 : 0.6 - i / 100,
		full: false,
		titleShare: 0,
	}));
	return {
		id,
		kind: 'descriptive',
		split: 'tune',
		filtered: false,
		quoted: false,
		chars: 14,
		words: 4,
		fullHits: 0,
		judgments: { [`${id}-a12`]: 3, [`${id}-a1`]: 0 },
		candidates,
	};
}

test("the engine's weights give back the engine's order", () => {
	const [p] = prepare([buriedAnswer('q')]);
	expect(ranking(p!, ENGINE)).toEqual(Array.from({ length: 10 }, (_, i) => `q-a${i + 1}`));
});

test('coordinate ascent lifts the cosine where it finds what the order buried, and a strong prior keeps the order', () => {
	const groups = [prepare([buriedAnswer('q1'), buriedAnswer('q2')])];
	const w = coordinateAscent(groups, 0);
	expect(w[COSINE]).toBeGreaterThan(0);
	expect(ranking(groups[0]![0]!, w)[0]).toBe('q1-a12');
	expect(coordinateAscent(groups, 100)).toEqual(ENGINE);
});

test('a quoted query keeps its tiers whatever the weights', () => {
	const [p] = prepare([{ ...buriedAnswer('q'), quoted: true }]);
	const w = ENGINE.map((x, i) => (i === COSINE ? 10 : x));
	expect(ranking(p!, w)[0]).toBe('q-a1');
});

test('the pairwise fit moves the cosine weight up for the same queries', () => {
	const groups = [prepare([buriedAnswer('q1'), buriedAnswer('q2')])];
	expect(pairwiseLogistic(groups, 0.1)[COSINE]).toBeGreaterThan(0);
});
