/**
 * Dot products of int8 matrix rows with a query of doubles, in WebAssembly SIMD, bit for bit the
 * sums `nearestRows` computes in JavaScript: four running sums over the dimensions (s0 takes
 * dimensions 0, 4, 8, …, s1 1, 5, 9, …), each product exact in a double (int8 × float32), each sum
 * added in the same order, then ((s0 + s1) + s2) + s3. Two f64x2 accumulators hold (s0, s1) and
 * (s2, s3), so sixteen dimensions take a dozen vector instructions where JavaScript widened and
 * multiplied each value on its own.
 */
import {
	address,
	END,
	ensureMemory,
	I32_ADD,
	I32_CONST,
	increment,
	instantiate,
	LOCAL_GET,
	LOCAL_SET,
	oneFunctionModule,
	whileBelow,
} from './wasm-module.ts';

// The module, written out by opcode. Its one function:
// dots(rows, query, n, dims, out): for each of the n rows of `dims` int8 values lying one after
// another from `rows`, out[r] (f64) = the sums above against `dims` f64 values at `query`.
const F64_ADD = 0xa0;
const F64_STORE = 0x39;
const SIMD = 0xfd;
const V128_LOAD = [SIMD, 0x00];
const V128_CONST = [SIMD, 0x0c];
const I8X16_SHUFFLE = [SIMD, 0x0d];
const F64X2_EXTRACT_LANE = [SIMD, 0x21];
const I16X8_EXTEND_LOW_I8X16_S = [SIMD, 0x87, 0x01];
const I16X8_EXTEND_HIGH_I8X16_S = [SIMD, 0x88, 0x01];
const I32X4_EXTEND_LOW_I16X8_S = [SIMD, 0xa7, 0x01];
const I32X4_EXTEND_HIGH_I16X8_S = [SIMD, 0xa8, 0x01];
const F64X2_ADD = [SIMD, 0xf0, 0x01];
const F64X2_MUL = [SIMD, 0xf2, 0x01];
const F64X2_CONVERT_LOW_I32X4_S = [SIMD, 0xfe, 0x01];
// Locals: the five parameters, then r, i, at (i32) and accA, accB, v, half, x (v128).
const [ROWS, QUERY, N, DIMS, OUT, R, I, AT, ACC_A, ACC_B, V, HALF, X] = [
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
];
const zero = [...V128_CONST, ...Array.from({ length: 16 }, () => 0)];
// The upper two i32 lanes moved down, so `convert_low` reads them.
const upperLanes = [...I8X16_SHUFFLE, 8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
/** acc += convert(the two low i32 lanes `x` leaves) × (query[i + first], query[i + first + 1]) */
// prettier-ignore
const addProducts = (acc: number, first: number, x: number[]) => [
	LOCAL_GET, acc,
	...x, ...F64X2_CONVERT_LOW_I32X4_S,
	...address(QUERY, I, 3),
	...V128_LOAD, 0, first * 8,
	...F64X2_MUL, ...F64X2_ADD, LOCAL_SET, acc,
];
/** Four dimensions from X (i32 lanes), the first at i + first: (s0, s1) += x0, x1; (s2, s3) += x2, x3. */
const fourDimensions = (first: number) => [
	...addProducts(ACC_A, first, [LOCAL_GET, X]),
	...addProducts(ACC_B, first + 2, [LOCAL_GET, X, LOCAL_GET, X, ...upperLanes]),
];
/** Sixteen dimensions from the int8 values at `at + i`, widened to i32 four at a time. */
// prettier-ignore
const sixteenDimensions = [
	LOCAL_GET, AT, LOCAL_GET, I, I32_ADD, ...V128_LOAD, 0, 0, LOCAL_SET, V,
	LOCAL_GET, V, ...I16X8_EXTEND_LOW_I8X16_S, LOCAL_SET, HALF,
	LOCAL_GET, HALF, ...I32X4_EXTEND_LOW_I16X8_S, LOCAL_SET, X, ...fourDimensions(0),
	LOCAL_GET, HALF, ...I32X4_EXTEND_HIGH_I16X8_S, LOCAL_SET, X, ...fourDimensions(4),
	LOCAL_GET, V, ...I16X8_EXTEND_HIGH_I8X16_S, LOCAL_SET, HALF,
	LOCAL_GET, HALF, ...I32X4_EXTEND_LOW_I16X8_S, LOCAL_SET, X, ...fourDimensions(8),
	LOCAL_GET, HALF, ...I32X4_EXTEND_HIGH_I16X8_S, LOCAL_SET, X, ...fourDimensions(12),
	...increment(I, 16),
];
/** One row: its sums over every dimension, then out[r] = ((s0 + s1) + s2) + s3. */
// prettier-ignore
const oneRow = [
	...zero, LOCAL_SET, ACC_A,
	...zero, LOCAL_SET, ACC_B,
	I32_CONST, 0, LOCAL_SET, I,
	...whileBelow(I, DIMS, sixteenDimensions),
	...address(OUT, R, 3),
	LOCAL_GET, ACC_A, ...F64X2_EXTRACT_LANE, 0,
	LOCAL_GET, ACC_A, ...F64X2_EXTRACT_LANE, 1, F64_ADD,
	LOCAL_GET, ACC_B, ...F64X2_EXTRACT_LANE, 0, F64_ADD,
	LOCAL_GET, ACC_B, ...F64X2_EXTRACT_LANE, 1, F64_ADD,
	F64_STORE, 3, 0,
	LOCAL_GET, AT, LOCAL_GET, DIMS, I32_ADD, LOCAL_SET, AT,
	...increment(R),
];
// prettier-ignore
const BODY = [
	0x02, 0x03, 0x7f, 0x05, 0x7b, // locals: 3 × i32, 5 × v128
	LOCAL_GET, ROWS, LOCAL_SET, AT,
	...whileBelow(R, N, oneRow),
	END,
];

const BYTES = oneFunctionModule('dots', 5, BODY);
let compiled: WebAssembly.Module | null | undefined;

/** Scores chosen rows of an int8 matrix against one query (see the module's header). */
export type RowDots = (
	data: Int8Array,
	rows: readonly number[],
	query: Float64Array,
) => Float64Array;

/**
 * A scorer for rows of `dimensions` values, or null where the module cannot serve: a dimension
 * count that is no multiple of 16, or a runtime without WebAssembly SIMD. The scores it returns
 * are overwritten by its next call.
 */
export function createRowDots(dimensions: number): RowDots | null {
	if (dimensions === 0 || dimensions % 16 !== 0) return null;
	if (compiled === undefined) {
		try {
			compiled = new WebAssembly.Module(BYTES);
		} catch {
			compiled = null;
		}
	}
	if (!compiled) return null;
	const { run: dots, memory } = instantiate(compiled, 'dots');
	return (data, rows, query) => {
		const n = rows.length;
		const queryAt = 0;
		const outAt = dimensions * 8;
		const rowsAt = outAt + n * 8;
		const bytes = rowsAt + n * dimensions;
		ensureMemory(memory, bytes);
		new Float64Array(memory.buffer, queryAt, dimensions).set(query);
		const matrix = new Int8Array(memory.buffer, rowsAt, n * dimensions);
		// An index loop: entries() allocated a pair per row (a thousand a hybrid query).
		for (let j = 0; j < n; j++) {
			const from = rows[j]! * dimensions;
			matrix.set(data.subarray(from, from + dimensions), j * dimensions);
		}
		dots(rowsAt, queryAt, n, dimensions, outAt);
		return new Float64Array(memory.buffer, outAt, n);
	};
}
