/**
 * Hamming distances between one query's sign bits and every stored row's, in WebAssembly: one
 * 64-bit popcount per 64 dimensions (`i64.popcnt`), about ten times the speed of the same loop in
 * JavaScript, so a scan of a million rows' signs stays within a few milliseconds. The module is
 * written for the row width it scans, its words unrolled and the query's held in locals.
 */
import {
	address,
	END,
	ensureMemory,
	I32_ADD,
	I32_CONST,
	I32_SHL,
	increment,
	instantiate,
	leb,
	LOCAL_GET,
	LOCAL_SET,
	oneFunctionModule,
	whileBelow,
} from './wasm-module.ts';

// The module, written out by opcode. Its one function:
// hamming(signs, query, rows, words, out, counts): for each row, out[row] (u16) = Σ over its
// `words` 64-bit words of popcnt(row word XOR query word), and counts[out[row]] (u32) += 1; rows
// lie one after another from `signs`.
const I64_LOAD = 0x29;
const I64_XOR = 0x85;
const I64_POPCNT = 0x7b;
const I64_ADD = 0x7c;
const I32_WRAP_I64 = 0xa7;
const I32_STORE16 = 0x3b;
const I32_LOAD = 0x28;
const I32_STORE = 0x36;
// Locals: the six parameters, then row, at (i32), sum (i64) and the query's words (i64).
const [SIGNS, QUERY, ROWS, WORDS, OUT, COUNTS, ROW, AT, SUM, Q] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** Address of counts[sum]. */
// prettier-ignore
const countOfSum = [
	LOCAL_GET, COUNTS, LOCAL_GET, SUM, I32_WRAP_I64, I32_CONST, 2, I32_SHL, I32_ADD,
];
/**
 * The function's body for rows of `words` 64-bit words: the query's words are read into locals
 * once and each row's words are summed without a loop (a loop over the words, reading the query
 * again for every row, took about twice the time).
 */
function body(words: number): number[] {
	const loadQuery = Array.from({ length: words }, (_, w) => [
		LOCAL_GET,
		QUERY,
		I64_LOAD,
		3,
		...leb(w * 8),
		LOCAL_SET,
		Q + w,
	]).flat();
	const rowSum = Array.from({ length: words }, (_, w) => [
		LOCAL_GET,
		AT,
		I64_LOAD,
		3,
		...leb(w * 8),
		LOCAL_GET,
		Q + w,
		I64_XOR,
		I64_POPCNT,
		...(w > 0 ? [I64_ADD] : []),
	]).flat();
	// prettier-ignore
	return [
		0x02, 0x02, 0x7f, ...leb(1 + words), 0x7e, // locals: 2 × i32, 1 + words × i64
		...loadQuery,
		LOCAL_GET, SIGNS, LOCAL_SET, AT,
		...whileBelow(ROW, ROWS, [
			...rowSum, LOCAL_SET, SUM,
			...address(OUT, ROW, 1), LOCAL_GET, SUM, I32_WRAP_I64, I32_STORE16, 1, 0,
			...countOfSum, ...countOfSum, I32_LOAD, 2, 0, I32_CONST, 1, I32_ADD, I32_STORE, 2, 0,
			...address(AT, WORDS, 3), LOCAL_SET, AT,
			...increment(ROW),
		]),
		END,
	];
}

const moduleBytes = (words: number) => oneFunctionModule('hamming', 6, body(words));
/** The module for each row width, compiled once. */
const compiled = new Map<number, WebAssembly.Module>();

/** Distances of one query's signs to every row's. */
export interface SignDistances {
	/**
	 * Per row, how many of the signs differ, and how many rows lie at each distance (both views
	 * are reused by the next call).
	 */
	distances: (querySigns: Uint32Array) => { distances: Uint16Array; counts: Uint32Array };
}

/**
 * Holds `rows` rows of sign bits (`words32` 32-bit words each, an even number: the module reads
 * 64 bits at a time) in WebAssembly memory, written there by `fill` (so they are never held twice);
 * each call writes a query's words beside them.
 */
export function createSignDistances(
	rows: number,
	words32: number,
	fill: (signs: Uint32Array) => void,
): SignDistances {
	if (words32 % 2 !== 0) throw new RangeError(`sign rows need an even word count, got ${words32}`);
	let module = compiled.get(words32 / 2);
	if (!module) {
		module = new WebAssembly.Module(moduleBytes(words32 / 2));
		compiled.set(words32 / 2, module);
	}
	const { run: hamming, memory } = instantiate(module, 'hamming');
	const queryAt = 0;
	const signsAt = words32 * 4;
	const countsAt = signsAt + rows * words32 * 4;
	// A distance runs from 0 to every bit of a row.
	const countsLength = words32 * 32 + 1;
	const outAt = countsAt + countsLength * 4;
	const bytes = outAt + rows * 2;
	ensureMemory(memory, bytes);
	fill(new Uint32Array(memory.buffer, signsAt, rows * words32));
	const query = new Uint32Array(memory.buffer, queryAt, words32);
	const out = new Uint16Array(memory.buffer, outAt, rows);
	const counts = new Uint32Array(memory.buffer, countsAt, countsLength);
	return {
		distances(querySigns) {
			query.set(querySigns);
			counts.fill(0);
			hamming(signsAt, queryAt, rows, words32 / 2, outAt, countsAt);
			return { distances: out, counts };
		},
	};
}
