import { TopK } from './top-k.ts';

/**
 * Brute-force vector similarity for L2-normalised embeddings: cosine is a dot product. A
 * `VectorMatrix` keeps all vectors in one Float32Array (row-major) for cache-friendly scans;
 * `Int8Matrix` stores the same rows at a quarter of the memory.
 */

/** Row-major vectors of equal length. */
export interface VectorMatrix {
	dimensions: number;
	rows: number;
	data: Float32Array;
}

/** Rows quantised to int8 with one scale per row: value ≈ data[i] * scales[row]. */
export interface Int8Matrix {
	dimensions: number;
	rows: number;
	data: Int8Array;
	scales: Float32Array;
}

/** One neighbour: the row index and its cosine with the query. */
export interface ScoredRow {
	row: number;
	score: number;
}

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

/** Packs vectors into one matrix; throws `TypeError` when their lengths differ. */
export function toMatrix(
	vectors: readonly Float32Array[],
	dimensions = vectors[0]?.length ?? 0,
): VectorMatrix {
	const data = new Float32Array(vectors.length * dimensions);
	vectors.forEach((vector, row) => {
		if (vector.length !== dimensions) {
			throw new TypeError(
				`\`toMatrix\` row ${row} has ${vector.length} dimensions, expected ${dimensions}`,
			);
		}
		data.set(vector, row * dimensions);
	});
	return { dimensions, rows: vectors.length, data };
}

/** Row `row` of a matrix, as a view (no copy). */
export function rowOf(matrix: VectorMatrix, row: number): Float32Array {
	return matrix.data.subarray(row * matrix.dimensions, (row + 1) * matrix.dimensions);
}

export interface TopKOptions {
	/** Rows to leave out, e.g. the query document itself. */
	exclude?: (row: number) => boolean;
	/** Drop neighbours scoring below this cosine. */
	minScore?: number;
}

/** The `k` rows most similar to `query`, best first (ties by lower row). */
export function topK(
	matrix: VectorMatrix | Int8Matrix,
	query: Float32Array,
	k: number,
	options: TopKOptions = {},
): ScoredRow[] {
	if (query.length !== matrix.dimensions) {
		throw new TypeError(
			`\`topK\` query has ${query.length} dimensions, matrix has ${matrix.dimensions}`,
		);
	}
	const { dimensions, data } = matrix;
	const scales = 'scales' in matrix ? matrix.scales : null;
	const best = new TopK(k);
	for (let row = 0; row < matrix.rows; row++) {
		if (options.exclude?.(row)) continue;
		let sum = 0;
		const offset = row * dimensions;
		for (let i = 0; i < dimensions; i++) sum += data[offset + i]! * query[i]!;
		const score = scales ? sum * scales[row]! : sum;
		if (options.minScore === undefined || score >= options.minScore) best.offer(row, score);
	}
	return best.sorted().map(({ index, score }) => ({ row: index, score }));
}

/** Quantises each row symmetrically to int8 (scale = max |x| / 127): 4× less memory, cosine error ~1e-3. */
export function quantizeInt8(matrix: VectorMatrix): Int8Matrix {
	const { dimensions, rows } = matrix;
	const data = new Int8Array(rows * dimensions);
	const scales = new Float32Array(rows);
	for (let row = 0; row < rows; row++)
		scales[row] = quantizeRowInto(
			matrix.data,
			row * dimensions,
			dimensions,
			data,
			row * dimensions,
		);
	return { dimensions, rows, data, scales };
}

/**
 * Quantises `length` floats of `from` (starting at `fromOffset`) into `to` at `toOffset`, as
 * `quantizeInt8` does one row; returns the row's scale. Allocates nothing.
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
