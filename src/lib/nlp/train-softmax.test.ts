import { describe, expect, test } from 'vitest';
import { softmaxInPlace, trainSoftmax, type TrainingSet } from './train-softmax.ts';

/** Two classes told apart by which of two features is present; feature 2 is noise on both. */
function toySet(): TrainingSet {
	const rows = [
		[0, 0],
		[1, 1],
		[0, 0],
		[1, 1],
	];
	return {
		offsets: Uint32Array.from([0, 2, 4, 6, 8]),
		indexes: Uint32Array.from(rows.flatMap(([f]) => [f ?? 0, 2])),
		values: Float32Array.from(rows.flatMap(() => [0.8, 0.6])),
		labels: Uint8Array.from(rows.map(([, y]) => y ?? 0)),
		weights: Float32Array.from(rows.map(() => 1)),
		features: 3,
	};
}

const options = { classes: 2, epochs: 20, learningRate: 0.5, l2: 1e-4, seed: 1 };

describe('trainSoftmax', () => {
	test('learns which feature marks which class', () => {
		const { weights } = trainSoftmax(toySet(), options);
		expect(weights[0 * 2 + 0]).toBeGreaterThan(weights[0 * 2 + 1] ?? 0);
		expect(weights[1 * 2 + 1]).toBeGreaterThan(weights[1 * 2 + 0] ?? 0);
		expect(Math.abs((weights[2 * 2 + 0] ?? 0) - (weights[2 * 2 + 1] ?? 0))).toBeLessThan(0.5);
	});

	test('gives the same model for the same seed', () => {
		expect(trainSoftmax(toySet(), options).weights).toEqual(
			trainSoftmax(toySet(), options).weights,
		);
	});

	test('softmaxInPlace gives probabilities that sum to 1, largest score first', () => {
		const z = Float64Array.from([2, 0, -1]);
		softmaxInPlace(z);
		expect(z.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect(z[0]).toBeGreaterThan(z[1] ?? 1);
	});
});
