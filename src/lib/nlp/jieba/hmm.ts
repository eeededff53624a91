/** cppjieba's MIN_DOUBLE: the log-probability of the impossible. */
export const MIN_DOUBLE = -3.14e100;

/** The HMM tables a cut reads: start and transition log-probabilities, and emissions. */
export interface HmmView {
	startProb: readonly number[];
	transProb: readonly (readonly number[])[];
	/** Log-probability that state `state` (B, E, M, S = 0..3) emits code point `code`; MIN_DOUBLE when its table lacks it. */
	emission(code: number, state: number): number;
}

/** Words as inclusive rune positions, two numbers per word (cppjieba's WordRange: left, right). */
export type RuneRanges = number[];

/** A cut of codes[begin, end) with the tables in `model`, appending its words to `out`. */
export type RangeCut<Model> = (
	codes: Int32Array,
	begin: number,
	end: number,
	model: Model,
	out: RuneRanges,
) => void;

const E = 1;
const S = 3;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * cppjieba's HMMSegment::Cut over codes[begin, end): an ASCII letter run (letters then letters or
 * digits) or digit run (digits and dots) is one word, any other ASCII character stands alone,
 * and the runs between are cut by Viterbi over the B/E/M/S model.
 */
export const hmmCut: RangeCut<HmmView> = (codes, begin, end, model, out) => {
	let left = begin;
	let right = begin;
	while (right !== end) {
		if (codes[right]! < 0x80) {
			if (left !== right) internalCut(codes, left, right, model, out);
			left = right;
			right = letterRun(codes, left, end);
			if (right === left) right = numberRun(codes, left, end);
			if (right === left) right++;
			out.push(left, right - 1);
			left = right;
		} else right++;
	}
	if (left !== right) internalCut(codes, left, right, model, out);
};

function letterRun(codes: Int32Array, begin: number, end: number): number {
	if (!isLetter(codes[begin]!)) return begin;
	let i = begin + 1;
	while (i !== end && (isLetter(codes[i]!) || isDigit(codes[i]!))) i++;
	return i;
}

function numberRun(codes: Int32Array, begin: number, end: number): number {
	if (!isDigit(codes[begin]!)) return begin;
	let i = begin + 1;
	while (i !== end && (isDigit(codes[i]!) || codes[i] === 46)) i++;
	return i;
}

const internalCut: RangeCut<HmmView> = (codes, begin, end, model, out) => {
	const status = viterbi(codes, begin, end, model);
	let left = begin;
	for (let i = 0; i < status.length; i++) {
		// E and S close a word.
		if (status[i]! % 2 === 1) {
			out.push(left, begin + i);
			left = begin + i + 1;
		}
	}
};

// HMMSegment::Viterbi, with its tie-breaking: the first best predecessor wins, E over S at the end.
function viterbi(codes: Int32Array, begin: number, end: number, model: HmmView): Int8Array {
	const X = end - begin;
	const weight = new Float64Array(X * 4);
	const path = new Int8Array(X * 4);
	for (let y = 0; y < 4; y++) {
		weight[y * X] = model.startProb[y]! + model.emission(codes[begin]!, y);
		path[y * X] = -1;
	}
	for (let x = 1; x < X; x++) {
		const code = codes[begin + x]!;
		for (let y = 0; y < 4; y++) {
			const now = x + y * X;
			let best = MIN_DOUBLE;
			let from = E;
			const emitProb = model.emission(code, y);
			for (let preY = 0; preY < 4; preY++) {
				const tmp = weight[x - 1 + preY * X]! + model.transProb[preY]![y]! + emitProb;
				if (tmp > best) {
					best = tmp;
					from = preY;
				}
			}
			weight[now] = best;
			path[now] = from;
		}
	}
	let stat = weight[X - 1 + E * X]! >= weight[X - 1 + S * X]! ? E : S;
	const status = new Int8Array(X);
	for (let x = X - 1; x >= 0; x--) {
		status[x] = stat;
		stat = path[x + stat * X]!;
	}
	return status;
}
