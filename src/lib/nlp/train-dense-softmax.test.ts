import { describe, expect, test } from 'vitest';
import { denseProbabilities, trainDenseSoftmax, type DenseSet } from './train-dense-softmax.ts';

/**
 * Three classes around three directions on a shared offset (as sentence vectors share a common
 * component), with a deterministic wobble; dimension 3 is the same on every vector.
 */
function clusters(): DenseSet {
	const x: Float32Array[] = [];
	const y: number[] = [];
	for (let i = 0; i < 30; i++) {
		const c = i % 3;
		const v = Float32Array.from([2, 2, 2, 5]);
		v[c] = (v[c] ?? 0) + 1 + 0.3 * Math.sin(i);
		v[(c + 1) % 3] = (v[(c + 1) % 3] ?? 0) + 0.3 * Math.cos(i);
		x.push(v);
		y.push(c);
	}
	return { x, y, weights: y.map(() => 1) };
}

const argmax = (p: Float64Array) => p.indexOf(Math.max(...p));

describe('trainDenseSoftmax', () => {
	test('learns the direction of each class despite the shared offset', () => {
		const set = clusters();
		const model = trainDenseSoftmax(set, { classes: 3, l2: 1e-3, iterations: 200 });
		set.x.forEach((v, i) => expect(argmax(denseProbabilities(v, model))).toBe(set.y[i]));
		expect(argmax(denseProbabilities([2, 2, 3, 5], model))).toBe(2);
	});

	test('probabilities sum to 1', () => {
		const model = trainDenseSoftmax(clusters(), { classes: 3, l2: 1e-3, iterations: 50 });
		const p = denseProbabilities([3, 2, 2, 5], model);
		expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
	});

	test('a stronger L2 penalty gives less confident probabilities', () => {
		const probe = [3, 2, 2, 5];
		const top = (l2: number) =>
			Math.max(
				...denseProbabilities(
					probe,
					trainDenseSoftmax(clusters(), { classes: 3, l2, iterations: 200 }),
				),
			);
		expect(top(1)).toBeLessThan(top(1e-3));
	});

	test('an example weighted up pulls its class', () => {
		const set = clusters();
		// One vector between classes 0 and 1, labelled 1: at weight 20 it decides its own neighbourhood.
		const between = Float32Array.from([2.6, 2.6, 2, 5]);
		const heavy = {
			x: [...set.x, between],
			y: [...Array.from(set.y), 1],
			weights: [...Array.from(set.weights), 20],
		};
		const light = { ...heavy, weights: [...Array.from(set.weights), 0] };
		const p = (s: DenseSet) =>
			denseProbabilities(
				between,
				trainDenseSoftmax(s, { classes: 3, l2: 1e-3, iterations: 200 }),
			)[1] ?? 0;
		expect(p(heavy)).toBeGreaterThan(p(light));
	});

	test('is deterministic', () => {
		const a = trainDenseSoftmax(clusters(), { classes: 3, l2: 1e-3, iterations: 20 });
		const b = trainDenseSoftmax(clusters(), { classes: 3, l2: 1e-3, iterations: 20 });
		expect(a.weights).toEqual(b.weights);
	});
});
