import { createRandom } from '../random.ts';

/** Sparse examples over a fixed vocabulary: feature indexes and values, one class each. */
export interface TrainingSet {
	/** Feature indexes of example `i` are `indexes[offsets[i]..offsets[i+1]]`. */
	offsets: Uint32Array;
	indexes: Uint32Array;
	values: Float32Array;
	/** Class index per example. */
	labels: Uint8Array;
	/** How much each example counts (class balancing, trusted seeds). */
	weights: Float32Array;
	/** Size of the vocabulary. */
	features: number;
}

/** Settings of {@link trainSoftmax}. */
export interface TrainOptions {
	classes: number;
	epochs: number;
	/** Step size at the first epoch; it falls as `1 / (1 + epoch)`. */
	learningRate: number;
	/** L2 penalty, applied to the weights an example touches. */
	l2: number;
	/** Seed of the shuffling, so a training run can be repeated exactly. */
	seed: number;
}

/** A linear model over the vocabulary: `weights[feature × classes + class]`. */
export interface SoftmaxWeights {
	bias: Float64Array;
	weights: Float64Array;
}

const random = createRandom;

/** Turns linear scores into probabilities in place. */
export function softmaxInPlace(z: Float64Array): void {
	let max = -Infinity;
	for (const v of z) if (v > max) max = v;
	let sum = 0;
	for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp((z[c] ?? 0) - max);
	for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) / sum;
}

/**
 * Multinomial logistic regression fitted by stochastic gradient descent on weighted cross-entropy.
 * Deterministic for a given seed.
 */
export function trainSoftmax(set: TrainingSet, options: TrainOptions): SoftmaxWeights {
	const C = options.classes;
	const bias = new Float64Array(C);
	const weights = new Float64Array(set.features * C);
	const n = set.labels.length;
	const order = Uint32Array.from({ length: n }, (_, i) => i);
	const next = random(options.seed);
	const z = new Float64Array(C);
	for (let epoch = 0; epoch < options.epochs; epoch++) {
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			const t = order[i] ?? 0;
			order[i] = order[j] ?? 0;
			order[j] = t;
		}
		const rate = options.learningRate / (1 + epoch);
		for (const e of order) {
			const from = set.offsets[e] ?? 0;
			const to = set.offsets[e + 1] ?? 0;
			z.set(bias);
			for (let k = from; k < to; k++) {
				const base = (set.indexes[k] ?? 0) * C;
				const v = set.values[k] ?? 0;
				for (let c = 0; c < C; c++) z[c] = (z[c] ?? 0) + v * (weights[base + c] ?? 0);
			}
			softmaxInPlace(z);
			const y = set.labels[e] ?? 0;
			z[y] = (z[y] ?? 0) - 1;
			const step = rate * (set.weights[e] ?? 1);
			for (let c = 0; c < C; c++) bias[c] = (bias[c] ?? 0) - step * (z[c] ?? 0);
			for (let k = from; k < to; k++) {
				const base = (set.indexes[k] ?? 0) * C;
				const v = set.values[k] ?? 0;
				for (let c = 0; c < C; c++) {
					const w = weights[base + c] ?? 0;
					weights[base + c] = w - step * ((z[c] ?? 0) * v + options.l2 * w);
				}
			}
		}
	}
	return { bias, weights };
}
