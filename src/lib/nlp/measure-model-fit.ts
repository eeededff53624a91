import type { MeasureWeights } from './measure-model.ts';
import { trainSoftmax, type TrainOptions } from './train-softmax.ts';

/** One judged clause as features (`measureFeatureVector`), its label and how much it counts. */
export interface MeasureExample {
	keys: number[];
	values: number[];
	measure: boolean;
	weight: number;
}

/**
 * Fits the logistic measure model on judged clauses: a two-class softmax by stochastic gradient
 * descent (`trainSoftmax`), folded into one logit. `features` is the width of the feature space
 * (signals plus hash buckets); `signals` how many of them are signals.
 */
export function fitMeasureModel(
	examples: readonly MeasureExample[],
	space: { features: number; signals: number },
	options: Omit<TrainOptions, 'classes'>,
): MeasureWeights {
	const offsets = new Uint32Array(examples.length + 1);
	let total = 0;
	examples.forEach((e, i) => {
		total += e.keys.length;
		offsets[i + 1] = total;
	});
	const indexes = new Uint32Array(total);
	const values = new Float32Array(total);
	examples.forEach((e, i) => {
		indexes.set(e.keys, offsets[i]);
		values.set(e.values, offsets[i]);
	});
	const fitted = trainSoftmax(
		{
			offsets,
			indexes,
			values,
			labels: Uint8Array.from(examples, (e) => (e.measure ? 1 : 0)),
			weights: Float32Array.from(examples, (e) => e.weight),
			features: space.features,
		},
		{ ...options, classes: 2 },
	);
	// Class 1 against class 0: the difference of their rows is the logistic model's weight.
	const logit = new Float64Array(space.features);
	for (let f = 0; f < space.features; f++)
		logit[f] = (fitted.weights[2 * f + 1] ?? 0) - (fitted.weights[2 * f] ?? 0);
	return {
		signalWeights: logit.slice(0, space.signals),
		bigramWeights: logit.slice(space.signals),
		bias: (fitted.bias[1] ?? 0) - (fitted.bias[0] ?? 0),
	};
}

/** Probability of a clause under fitted weights, before they are packed into a model file. */
export function probabilityOf(
	weights: MeasureWeights,
	x: { keys: number[]; values: number[] },
): number {
	const S = weights.signalWeights.length;
	let z = weights.bias;
	for (let k = 0; k < x.keys.length; k++) {
		const key = x.keys[k] ?? 0;
		const w = key < S ? weights.signalWeights[key] : weights.bigramWeights[key - S];
		z += (w ?? 0) * (x.values[k] ?? 0);
	}
	return 1 / (1 + Math.exp(-z));
}
