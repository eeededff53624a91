import { createSignDistances, type SignDistances } from './sign-distance.ts';
import type { VectorIndex } from './vector-index.ts';

/** 32-bit words of one row's signs: whole 64-bit words, as the distance module reads them. */
const signWords = (dimensions: number) => 2 * Math.ceil(dimensions / 64);

/** Writes the signs of `dimensions` values from `from` (bit set where positive) into `out` at word `at`. */
function signBitsInto(
	values: ArrayLike<number>,
	from: number,
	dimensions: number,
	out: Uint32Array,
	at: number,
): void {
	for (let i = 0; i < dimensions; i++)
		if (values[from + i]! > 0) out[at + (i >>> 5)]! |= 1 << (i & 31);
}

/** Each row's signs in the distance module; made once. */
const signCache = new WeakMap<VectorIndex, SignDistances>();
function rowSigns(index: VectorIndex): SignDistances {
	let scanner = signCache.get(index);
	if (!scanner) {
		const { dimensions, rows, data } = index.matrix;
		const words = signWords(dimensions);
		scanner = createSignDistances(rows, words, (signs) => {
			for (let row = 0; row < rows; row++)
				signBitsInto(data, row * dimensions, dimensions, signs, row * words);
		});
		signCache.set(index, scanner);
	}
	return scanner;
}

/**
 * The `n` rows whose signs differ least from the query's (Hamming distance of the sign bits, a
 * cheap estimate of the angle): the shortlist a full scan scores exactly.
 */
export function signShortlist(index: VectorIndex, query: Float32Array, n: number): number[] {
	const { rows } = index.matrix;
	const q = new Uint32Array(signWords(query.length));
	signBitsInto(query, 0, query.length, q, 0);
	// Distances are small integers, counted as they are computed: find the distance the n-th
	// closest row has, and take the rows below it, then those at it in row order (no sorting).
	const { distances, counts } = rowSigns(index).distances(q);
	let cutoff = 0;
	let seen = 0;
	for (; cutoff < counts.length && seen + counts[cutoff]! < n; cutoff++) seen += counts[cutoff]!;
	// The counts say how many rows lie below the cutoff, so each row goes straight to its place:
	// those below first, then as many at it as the shortlist has room for.
	const take = Math.min(n, seen + (counts[cutoff] ?? 0));
	const list = new Array<number>(take);
	let below = 0;
	let at = seen;
	for (let row = 0; row < rows; row++) {
		const distance = distances[row]!;
		if (distance < cutoff) list[below++] = row;
		else if (distance === cutoff && at < take) list[at++] = row;
	}
	return list;
}
