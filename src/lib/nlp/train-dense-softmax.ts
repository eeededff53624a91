import { softmaxInPlace } from './train-softmax.ts';

/** Dense examples (e.g. sentence embeddings), one class and one weight each. */
export interface DenseSet {
	/** One vector per example, all of the same length. */
	x: readonly Float32Array[];
	/** Class index per example. */
	y: ArrayLike<number>;
	/** How much each example counts. */
	weights: ArrayLike<number>;
}

/** Settings of {@link trainDenseSoftmax}. */
export interface DenseTrainOptions {
	classes: number;
	/** L2 penalty on the weights (not the bias), against the weighted mean cross-entropy. */
	l2: number;
	/** Full-batch gradient steps. */
	iterations: number;
}

/** A linear model over dense vectors: `weights[feature × classes + class]`. */
export interface DenseSoftmax {
	bias: Float64Array;
	weights: Float64Array;
}

/** Scores of every class for `x` under `model` (before the softmax). */
export function denseLogits(x: ArrayLike<number>, model: DenseSoftmax): Float64Array {
	const C = model.bias.length;
	const z = Float64Array.from(model.bias);
	for (let j = 0; j < x.length; j++) {
		const v = x[j] ?? 0;
		if (v === 0) continue;
		const base = j * C;
		for (let c = 0; c < C; c++) z[c] = (z[c] ?? 0) + v * (model.weights[base + c] ?? 0);
	}
	return z;
}

/** Class probabilities of `x` under `model`. */
export function denseProbabilities(x: ArrayLike<number>, model: DenseSoftmax): Float64Array {
	const z = denseLogits(x, model);
	softmaxInPlace(z);
	return z;
}

/** Largest eigenvalue of the weighted covariance of the centred vectors, by power iteration. */
function largestEigenvalue(x: readonly Float64Array[], w: Float64Array): number {
	const d = x[0]?.length ?? 0;
	let v = new Float64Array(d).fill(1 / Math.sqrt(Math.max(1, d)));
	let lambda = 0;
	for (let it = 0; it < 30; it++) {
		const next = new Float64Array(d);
		x.forEach((row, i) => {
			let dot = 0;
			for (let j = 0; j < d; j++) dot += (row[j] ?? 0) * (v[j] ?? 0);
			dot *= w[i] ?? 0;
			for (let j = 0; j < d; j++) next[j] = (next[j] ?? 0) + dot * (row[j] ?? 0);
		});
		lambda = Math.hypot(...next);
		if (lambda === 0) return 0;
		v = next.map((value) => value / lambda);
	}
	return lambda;
}

/**
 * Multinomial logistic regression on dense vectors: weighted mean cross-entropy plus `l2/2·|W|²`,
 * minimised by Nesterov-accelerated full-batch gradient descent with the step the curvature bound
 * allows (the softmax Hessian is at most half the covariance). The vectors are centred while
 * training and the mean folded into the bias. Deterministic: no seed, no shuffling.
 */
export function trainDenseSoftmax(set: DenseSet, options: DenseTrainOptions): DenseSoftmax {
	const n = set.x.length;
	const d = set.x[0]?.length ?? 0;
	const C = options.classes;
	const total = Array.from(set.weights).reduce((a, b) => a + b, 0) || 1;
	const w = Float64Array.from(set.weights, (v) => v / total);
	const mean = new Float64Array(d);
	set.x.forEach((row, i) => {
		for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) + (w[i] ?? 0) * (row[j] ?? 0);
	});
	const x = set.x.map((row) => Float64Array.from(row, (v, j) => v - (mean[j] ?? 0)));
	const step = 1 / (0.5 * largestEigenvalue(x, w) + options.l2 + 0.5);
	// Iterate `theta` with look-ahead point `look` (bias in the last C entries).
	const size = d * C + C;
	let theta = new Float64Array(size);
	let previous = new Float64Array(size);
	const grad = new Float64Array(size);
	const z = new Float64Array(C);
	for (let it = 0; it < options.iterations; it++) {
		const momentum = it / (it + 3);
		const look = theta.map((t, k) => t + momentum * (t - (previous[k] ?? 0)));
		grad.fill(0);
		for (let i = 0; i < n; i++) {
			const row = x[i] as Float64Array;
			for (let c = 0; c < C; c++) z[c] = look[d * C + c] ?? 0;
			for (let j = 0; j < d; j++) {
				const v = row[j] ?? 0;
				for (let c = 0; c < C; c++) z[c] = (z[c] ?? 0) + v * (look[j * C + c] ?? 0);
			}
			softmaxInPlace(z);
			const y = set.y[i] ?? 0;
			z[y] = (z[y] ?? 0) - 1;
			const wi = w[i] ?? 0;
			for (let c = 0; c < C; c++) grad[d * C + c] = (grad[d * C + c] ?? 0) + wi * (z[c] ?? 0);
			for (let j = 0; j < d; j++) {
				const v = wi * (row[j] ?? 0);
				for (let c = 0; c < C; c++) grad[j * C + c] = (grad[j * C + c] ?? 0) + v * (z[c] ?? 0);
			}
		}
		for (let k = 0; k < d * C; k++) grad[k] = (grad[k] ?? 0) + options.l2 * (look[k] ?? 0);
		previous = theta;
		theta = look.map((t, k) => t - step * (grad[k] ?? 0));
	}
	const weights = theta.slice(0, d * C);
	const bias = theta.slice(d * C);
	for (let j = 0; j < d; j++)
		for (let c = 0; c < C; c++)
			bias[c] = (bias[c] ?? 0) - (mean[j] ?? 0) * (weights[j * C + c] ?? 0);
	return { bias, weights };
}
