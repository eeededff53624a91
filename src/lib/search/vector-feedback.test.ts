import { expect, test } from 'vitest';
import { feedbackQuery } from './vector-feedback.ts';
import { buildVectorIndex } from './vector-index.ts';

const unit = (...v: number[]) => {
	const norm = Math.hypot(...v);
	return new Float32Array(v.map((x) => x / norm));
};
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

// Rows 0 and 1 lie between the query and row 2; row 3 points elsewhere.
const index = buildVectorIndex([
	unit(0.6, 0.8, 0),
	unit(0.5, 0.85, 0.1),
	unit(0.4, 0.9, 0.17),
	unit(0, 0, 1),
]);
const query = unit(1, 0, 0);

test('向量反馈把检索向量移向首批结果的均值，并保持单位长度', () => {
	const moved = feedbackQuery(index, query, [0, 1], 0.6);
	expect(Math.hypot(...moved)).toBeCloseTo(1, 5);
	// The texts the first hits resemble come nearer; those unlike them do not.
	expect(cosine(moved, unit(0.4, 0.9, 0.17))).toBeGreaterThan(0.6);
	expect(cosine(query, unit(0.4, 0.9, 0.17))).toBeLessThan(0.45);
	expect(cosine(moved, unit(0, 0, 1))).toBeLessThan(0.05);
});

test('权重为 0 或首批结果都没有向量时，检索向量不变', () => {
	expect(feedbackQuery(index, query, [0, 1], 0)).toBe(query);
	expect(feedbackQuery(index, query, [17, 99], 0.6)).toBe(query);
});
