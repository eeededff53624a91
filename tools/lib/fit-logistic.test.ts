import { expect, test } from 'vitest';
import { fitLogistic } from './fit-logistic.ts';

test('recovers the weights that generated the labels', () => {
	// Labels drawn from p = sigmoid(-1 + 2·x0 - 3·x1) on a grid, as expected counts.
	const rows: number[][] = [];
	const labels: number[] = [];
	for (let a = 0; a <= 10; a++)
		for (let b = 0; b <= 10; b++) {
			const x = [a / 10, b / 10];
			const p = 1 / (1 + Math.exp(-(-1 + 2 * x[0]! - 3 * x[1]!)));
			const positives = Math.round(p * 100);
			for (let k = 0; k < 100; k++) {
				rows.push(x);
				labels.push(k < positives ? 1 : 0);
			}
		}
	const fit = fitLogistic({ rows, labels }, 0);
	expect(fit.bias).toBeCloseTo(-1, 1);
	expect(fit.weights[0]).toBeCloseTo(2, 1);
	expect(fit.weights[1]).toBeCloseTo(-3, 1);
});

test('the L2 penalty shrinks a feature that is always zero to nothing and keeps it finite', () => {
	const rows = [
		[1, 0],
		[0, 0],
		[1, 0],
		[0, 0],
	];
	const fit = fitLogistic({ rows, labels: [1, 0, 1, 1] }, 1);
	expect(fit.weights[1]).toBe(0);
	expect(Number.isFinite(fit.weights[0])).toBe(true);
	expect(fit.weights[0]).toBeGreaterThan(0);
});
