import { describe, expect, test } from 'vitest';
import { dot, normalize, quantizeInt8, rowOf, toMatrix, topK } from './cosine.ts';

/** Deterministic unit vectors (fixed LCG), so failures reproduce. */
function unitVectors(count: number, dimensions: number, seed = 1): Float32Array[] {
	let state = seed;
	const next = () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648 - 0.5;
	};
	return Array.from({ length: count }, () =>
		normalize(Float32Array.from({ length: dimensions }, next)),
	);
}

describe('cosine helpers', () => {
	test('dot of a unit vector with itself is 1 and of orthogonal vectors 0', () => {
		const [v] = unitVectors(1, 512);
		expect(dot(v!, v!)).toBeCloseTo(1, 5);
		expect(dot(Float32Array.of(1, 0), Float32Array.of(0, 1))).toBe(0);
		expect(() => dot(Float32Array.of(1), Float32Array.of(1, 2))).toThrowErrorMatchingInlineSnapshot(
			`[TypeError: \`dot\` needs equal lengths, got 1 and 2]`,
		);
	});

	test('topK returns the query row first and agrees with sorting every dot product', () => {
		const vectors = unitVectors(500, 64);
		const matrix = toMatrix(vectors);
		const query = vectors[42]!;
		const expected = vectors
			.map((v, row) => ({ row, score: dot(v, query) }))
			.sort((a, b) => b.score - a.score)
			.slice(0, 10)
			.map((hit) => hit.row);
		const hits = topK(matrix, query, 10);
		expect(hits.map((hit) => hit.row)).toEqual(expected);
		expect(hits[0]).toEqual({ row: 42, score: expect.closeTo(1, 5) });
		expect(rowOf(matrix, 42)).toEqual(query);
	});

	test('topK honours exclude and minScore', () => {
		const vectors = unitVectors(100, 32);
		const matrix = toMatrix(vectors);
		const hits = topK(matrix, vectors[3]!, 5, { exclude: (row) => row === 3, minScore: 0.1 });
		expect(hits.map((hit) => hit.row)).not.toContain(3);
		expect(hits.every((hit) => hit.score >= 0.1)).toBe(true);
		expect(topK(matrix, vectors[3]!, 0)).toEqual([]);
	});

	test('int8 quantisation keeps the top-10 and scores within 0.01 at a quarter of the memory', () => {
		const vectors = unitVectors(2000, 512, 7);
		const matrix = toMatrix(vectors);
		const int8 = quantizeInt8(matrix);
		expect(int8.data.byteLength * 4).toBe(matrix.data.byteLength);
		for (const queryRow of [0, 500, 1999]) {
			const exact = topK(matrix, vectors[queryRow]!, 10);
			const approx = topK(int8, vectors[queryRow]!, 10);
			expect(approx[0]?.row).toBe(queryRow);
			const overlap = approx.filter((hit) => exact.some((e) => e.row === hit.row)).length;
			expect(overlap).toBeGreaterThanOrEqual(9);
			approx.forEach((hit) =>
				expect(Math.abs(hit.score - dot(vectors[hit.row]!, vectors[queryRow]!))).toBeLessThan(0.01),
			);
		}
	});
});
