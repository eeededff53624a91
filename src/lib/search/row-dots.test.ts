import { expect, test } from 'vitest';
import { createRandom } from '../random.ts';
import { createRowDots } from './row-dots.ts';

/** The sums nearestRows computes in JavaScript: four running sums, added in order. */
function jsDot(data: Int8Array, row: number, query: Float32Array): number {
	const dimensions = query.length;
	let s0 = 0;
	let s1 = 0;
	let s2 = 0;
	let s3 = 0;
	const offset = row * dimensions;
	for (let i = 0; i < dimensions; i += 4) {
		s0 += data[offset + i]! * query[i]!;
		s1 += data[offset + i + 1]! * query[i + 1]!;
		s2 += data[offset + i + 2]! * query[i + 2]!;
		s3 += data[offset + i + 3]! * query[i + 3]!;
	}
	return s0 + s1 + s2 + s3;
}

test('the WebAssembly dot products equal the JavaScript sums bit for bit, for any rows chosen', () => {
	const random = createRandom(5);
	for (const dimensions of [16, 48, 512]) {
		const rows = 400;
		const data = Int8Array.from(
			{ length: rows * dimensions },
			() => Math.floor(random() * 256) - 128,
		);
		// The extremes of int8, and a row of zeros.
		data.fill(127, 0, dimensions);
		data.fill(-128, dimensions, 2 * dimensions);
		data.fill(0, 2 * dimensions, 3 * dimensions);
		const query = Float32Array.from({ length: dimensions }, () => random() * 2 - 1);
		const dots = createRowDots(dimensions)!;
		for (const chosen of [
			[0, 1, 2],
			[399, 5, 5, 17],
			Array.from({ length: rows }, (_, r) => r),
			[],
		]) {
			const out = [...dots(data, chosen, Float64Array.from(query))];
			expect(out, `${dimensions} dimensions`).toEqual(chosen.map((r) => jsDot(data, r, query)));
		}
	}
});

test('dimensions that are no multiple of 16 are left to JavaScript', () => {
	expect(createRowDots(8)).toBeNull();
	expect(createRowDots(0)).toBeNull();
	expect(createRowDots(500)).toBeNull();
});
