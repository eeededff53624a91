import { expect, test } from 'vitest';
import { fitBoostedTrees, treeScore } from './boosted-trees.ts';

const options = { trees: 60, depth: 2, rate: 0.3, lambda: 1, minChild: 1, bins: 16 };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

test('learns an interaction a linear model cannot: x0 xor x1', () => {
	const rows: number[][] = [];
	const labels: number[] = [];
	// Cells of unequal size, as real data has them (a perfectly balanced xor gives no first split).
	for (const [a, b, count] of [
		[0, 0, 50],
		[0, 1, 30],
		[1, 0, 40],
		[1, 1, 60],
	])
		for (let k = 0; k < count!; k++) {
			rows.push([a!, b!, k / count!]);
			labels.push(a !== b ? 1 : 0);
		}
	const model = fitBoostedTrees(rows, labels, options);
	expect(sigmoid(treeScore(model, [0, 1, 0.5]))).toBeGreaterThan(0.9);
	expect(sigmoid(treeScore(model, [1, 0, 0.5]))).toBeGreaterThan(0.9);
	expect(sigmoid(treeScore(model, [1, 1, 0.5]))).toBeLessThan(0.1);
	expect(sigmoid(treeScore(model, [0, 0, 0.5]))).toBeLessThan(0.1);
});

test('a threshold on a continuous feature is found between the classes', () => {
	const rows = Array.from({ length: 200 }, (_, i) => [i / 200]);
	const labels = rows.map(([x]) => (x! > 0.62 ? 1 : 0));
	const model = fitBoostedTrees(rows, labels, { ...options, bins: 64 });
	expect(sigmoid(treeScore(model, [0.5]))).toBeLessThan(0.2);
	expect(sigmoid(treeScore(model, [0.75]))).toBeGreaterThan(0.8);
});
