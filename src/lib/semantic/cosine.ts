/**
 * Vector arithmetic for L2-normalised embeddings: cosine is a dot product. The one brute-force
 * nearest-neighbour scan is `nearestRows` in `search/nearest-rows.ts`.
 */

/** Dot product; for normalised vectors this is their cosine. Throws `TypeError` on a length mismatch. */
export function dot(a: Float32Array, b: Float32Array): number {
	if (a.length !== b.length)
		throw new TypeError(`\`dot\` needs equal lengths, got ${a.length} and ${b.length}`);
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
	return sum;
}

/** A unit-length copy of `v` (a zero vector stays zero). */
export function normalize(v: Float32Array): Float32Array {
	const norm = Math.sqrt(dot(v, v));
	return norm === 0 ? new Float32Array(v) : v.map((x) => x / norm);
}

/**
 * Quantises `length` floats of `from` (starting at `fromOffset`) into `to` at `toOffset`, symmetrically to int8
 * (scale = max |x| / 127: 4× less memory, cosine error ~1e-3); returns the row's scale. Allocates nothing.
 */
export function quantizeRowInto(
	from: Float32Array,
	fromOffset: number,
	length: number,
	to: Int8Array,
	toOffset: number,
): number {
	let max = 0;
	for (let i = 0; i < length; i++) {
		const x = Math.abs(from[fromOffset + i]!);
		if (x > max) max = x;
	}
	const scale = max === 0 ? 1 : max / 127;
	for (let i = 0; i < length; i++) to[toOffset + i] = Math.round(from[fromOffset + i]! / scale);
	return scale;
}
