/** cppjieba's MIN_DOUBLE: the log-probability of the impossible. */
export const MIN_DOUBLE = -3.14e100;

/** The HMM tables one call needs: start and transition log-probabilities, emissions of its characters. */
export interface HmmView {
	startProb: readonly number[];
	transProb: readonly (readonly number[])[];
	/** [B, E, M, S] log-probabilities by character; null or absent: not in that state's table. */
	emissions: ReadonlyMap<string, readonly (number | null)[]>;
}

/** A word as inclusive rune positions [left, right], as cppjieba's WordRange. */
export type RuneRange = [left: number, right: number];

const E = 1;
const S = 3;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * cppjieba's HMMSegment::Cut over runes[begin, end): an ASCII letter run (letters then letters or
 * digits) or digit run (digits and dots) is one word, any other ASCII character stands alone,
 * and the runs between are cut by Viterbi over the B/E/M/S model.
 */
export function hmmCut(
	runes: readonly string[],
	codes: readonly number[],
	begin: number,
	end: number,
	model: HmmView,
	out: RuneRange[],
): void {
	let left = begin;
	let right = begin;
	while (right !== end) {
		if (codes[right]! < 0x80) {
			if (left !== right) internalCut(runes, left, right, model, out);
			left = right;
			right = letterRun(codes, left, end);
			if (right === left) right = numberRun(codes, left, end);
			if (right === left) right++;
			out.push([left, right - 1]);
			left = right;
		} else right++;
	}
	if (left !== right) internalCut(runes, left, right, model, out);
}

function letterRun(codes: readonly number[], begin: number, end: number): number {
	if (!isLetter(codes[begin]!)) return begin;
	let i = begin + 1;
	while (i !== end && (isLetter(codes[i]!) || isDigit(codes[i]!))) i++;
	return i;
}

function numberRun(codes: readonly number[], begin: number, end: number): number {
	if (!isDigit(codes[begin]!)) return begin;
	let i = begin + 1;
	while (i !== end && (isDigit(codes[i]!) || codes[i] === 46)) i++;
	return i;
}

function internalCut(
	runes: readonly string[],
	begin: number,
	end: number,
	model: HmmView,
	out: RuneRange[],
): void {
	const status = viterbi(runes, begin, end, model);
	let left = begin;
	for (let i = 0; i < status.length; i++) {
		// E and S close a word.
		if (status[i]! % 2 === 1) {
			out.push([left, begin + i]);
			left = begin + i + 1;
		}
	}
}

// HMMSegment::Viterbi, with its tie-breaking: the first best predecessor wins, E over S at the end.
function viterbi(runes: readonly string[], begin: number, end: number, model: HmmView): number[] {
	const X = end - begin;
	const weight = new Float64Array(X * 4);
	const path = new Int32Array(X * 4);
	const emit = (y: number, x: number) => model.emissions.get(runes[begin + x]!)?.[y] ?? MIN_DOUBLE;
	for (let y = 0; y < 4; y++) {
		weight[y * X] = model.startProb[y]! + emit(y, 0);
		path[y * X] = -1;
	}
	for (let x = 1; x < X; x++) {
		for (let y = 0; y < 4; y++) {
			const now = x + y * X;
			weight[now] = MIN_DOUBLE;
			path[now] = E;
			const emitProb = emit(y, x);
			for (let preY = 0; preY < 4; preY++) {
				const tmp = weight[x - 1 + preY * X]! + model.transProb[preY]![y]! + emitProb;
				if (tmp > weight[now]) {
					weight[now] = tmp;
					path[now] = preY;
				}
			}
		}
	}
	let stat = weight[X - 1 + E * X]! >= weight[X - 1 + S * X]! ? E : S;
	const status = new Array<number>(X);
	for (let x = X - 1; x >= 0; x--) {
		status[x] = stat;
		stat = path[x + stat * X]!;
	}
	return status;
}
