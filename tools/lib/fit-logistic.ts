/** Dense examples for a binary logistic model: one feature row and one 0/1 label each. */
export interface LogisticData {
	rows: number[][];
	labels: number[];
}

/** Bias and weights of a fitted model. */
export interface LogisticFit {
	bias: number;
	weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves `a x = b` for a small symmetric positive-definite `a` (Gaussian elimination with pivoting). */
export function solve(a: number[][], b: number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i]!]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
		[m[c], m[p]] = [m[p]!, m[c]!];
		const pivot = m[c]![c]!;
		for (let r = 0; r < n; r++) {
			if (r === c) continue;
			const f = m[r]![c]! / pivot;
			if (f === 0) continue;
			for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
		}
	}
	return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * L2-penalised logistic regression fitted by Newton's method (the bias is not penalised):
 * exact and deterministic, for a few dozen features and tens of thousands of examples.
 */
export function fitLogistic(data: LogisticData, l2: number, iterations = 25): LogisticFit {
	const d = (data.rows[0]?.length ?? 0) + 1;
	const w = new Array<number>(d).fill(0);
	for (let it = 0; it < iterations; it++) {
		const grad = new Array<number>(d).fill(0);
		const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
		data.rows.forEach((row, i) => {
			const x = [1, ...row];
			let z = 0;
			for (let f = 0; f < d; f++) z += w[f]! * x[f]!;
			const p = sigmoid(z);
			const g = p - data.labels[i]!;
			const h = p * (1 - p);
			for (let f = 0; f < d; f++) {
				if (x[f] === 0) continue;
				grad[f]! += g * x[f]!;
				for (let e = 0; e < d; e++) hess[f]![e]! += h * x[f]! * x[e]!;
			}
		});
		for (let f = 1; f < d; f++) {
			grad[f]! += l2 * w[f]!;
			hess[f]![f]! += l2;
		}
		hess[0]![0]! += 1e-9;
		const step = solve(hess, grad);
		let change = 0;
		for (let f = 0; f < d; f++) {
			w[f]! -= step[f]!;
			change = Math.max(change, Math.abs(step[f]!));
		}
		if (change < 1e-7) break;
	}
	return { bias: w[0]!, weights: w.slice(1) };
}
