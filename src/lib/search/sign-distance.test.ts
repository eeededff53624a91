import { expect, test } from 'vitest';
import { createRandom } from '../random.ts';
import { createSignDistances } from './sign-distance.ts';

/** Differing bits of two rows of 32-bit words, one bit at a time. */
function bitDistance(a: Uint32Array, b: Uint32Array): number {
	let n = 0;
	for (let w = 0; w < a.length; w++)
		for (let bit = 0; bit < 32; bit++) n += ((a[w]! ^ b[w]!) >>> bit) & 1;
	return n;
}

test('the WebAssembly scan gives every row its bit-by-bit Hamming distance and counts them', () => {
	const random = createRandom(11);
	const rows = 300;
	const words = 16;
	const word = () => Math.floor(random() * 2 ** 32) >>> 0;
	const signs = Uint32Array.from({ length: rows * words }, word);
	// One row equal to the query and one its complement: distances 0 and 512.
	const query = Uint32Array.from({ length: words }, word);
	signs.set(query, 5 * words);
	signs.set(
		query.map((w) => ~w >>> 0),
		9 * words,
	);
	const scan = createSignDistances(rows, words, (memory) => memory.set(signs));
	const { distances, counts } = scan.distances(query);
	const expected = Array.from({ length: rows }, (_, r) =>
		bitDistance(signs.subarray(r * words, (r + 1) * words), query),
	);
	expect([...distances]).toEqual(expected);
	expect(distances[5]).toBe(0);
	expect(distances[9]).toBe(512);
	const histogram = new Array<number>(words * 32 + 1).fill(0);
	for (const d of expected) histogram[d]!++;
	expect([...counts]).toEqual(histogram);
	// A second query reuses the memory: the counts start over.
	const again = scan.distances(query.map((w) => ~w >>> 0));
	expect(again.distances[9]).toBe(0);
	expect(again.counts.reduce((a, b) => a + b, 0)).toBe(rows);
});

test('rows of an odd number of 32-bit words are refused (the scan reads 64 bits at a time)', () => {
	expect(() => createSignDistances(1, 3, () => undefined)).toThrow(/even word count/);
});

test('rows of any even width get their bit-by-bit distances (each width has its own module)', () => {
	const random = createRandom(12);
	const word = () => Math.floor(random() * 2 ** 32) >>> 0;
	for (const words of [2, 6, 24]) {
		const rows = 50;
		const signs = Uint32Array.from({ length: rows * words }, word);
		const query = Uint32Array.from({ length: words }, word);
		const scan = createSignDistances(rows, words, (memory) => memory.set(signs));
		expect([...scan.distances(query).distances], `${words} words`).toEqual(
			Array.from({ length: rows }, (_, r) =>
				bitDistance(signs.subarray(r * words, (r + 1) * words), query),
			),
		);
	}
});
