import { readOptionalJson } from '../schema/optional-json.ts';
import { z } from 'astro/zod';
import { MeasureModelError } from '../errors.ts';
import { parseModelFile } from '../schema/friendly-errors.ts';
import { Int8Base64Schema, unpackInt8 } from '../schema/int8-weights.ts';
import { SIGNAL_NAMES, hashedBigrams, measureSignals } from './measure-features.ts';

/**
 * `search-config/measure-model.json`: a logistic model of "this clause is a measure (举措)" over the
 * rule signals and hashed character bigrams, written by `node scripts/train-measures.ts` from
 * clauses judged blind, never edited by hand.
 */
const MeasureModelFileSchema = z
	.object({
		/** What the file is and how it was made. */
		about: z.string(),
		/** Names of the signals, in the order of `signalWeights`; must match the code's. */
		signals: z.array(z.string()),
		/** Weight of each signal. */
		signalWeights: z.array(z.number()),
		/** Bigrams are hashed into `2 ** hashBits` buckets. */
		hashBits: z.number().int().min(8).max(20),
		/** What a clause's bigram block weighs: its bigram counts are scaled to this length. */
		bigramWeight: z.number().nonnegative(),
		/** Weights of the buckets as int8, base64, one per bucket. */
		bigramWeights: Int8Base64Schema,
		/** Multiply a stored int8 weight by this. */
		scale: z.number().positive(),
		/** The intercept of the logistic model. */
		bias: z.number(),
		/** A clause is a measure when its probability reaches this (picked on cross-validation folds). */
		threshold: z.number().min(0).max(1),
	})
	.superRefine((file, ctx) => {
		if (file.signals.join('\n') !== SIGNAL_NAMES.join('\n'))
			ctx.addIssue({
				code: 'custom',
				path: ['signals'],
				message: 'differ from the signals this code computes: train the model again',
			});
		if (file.signalWeights.length !== file.signals.length)
			ctx.addIssue({ code: 'custom', path: ['signalWeights'], message: 'needs one per signal' });
		if (Buffer.byteLength(file.bigramWeights, 'base64') !== 2 ** file.hashBits)
			ctx.addIssue({
				code: 'custom',
				path: ['bigramWeights'],
				message: `needs ${2 ** file.hashBits} bytes, one per bucket`,
			});
	});
export type MeasureModelFile = z.output<typeof MeasureModelFileSchema>;

/** The measure model ready to score clauses. */
export interface MeasureModel {
	signalWeights: Float64Array;
	hashBits: number;
	bigramWeight: number;
	bigramWeights: Float32Array;
	bias: number;
	threshold: number;
}

/** Weights of a trained model, as `trainMeasureModel` returns them. */
export interface MeasureWeights {
	signalWeights: Float64Array;
	bigramWeights: Float64Array;
	bias: number;
}

/** Validates a parsed model file and unpacks it for scoring. */
export function compileMeasureModel(data: unknown, path = 'measure-model.json'): MeasureModel {
	const file = parseModelFile(MeasureModelFileSchema, data, path, MeasureModelError);
	const bigramWeights = unpackInt8(file.bigramWeights, file.scale);
	return {
		signalWeights: Float64Array.from(file.signalWeights),
		hashBits: file.hashBits,
		bigramWeight: file.bigramWeight,
		bigramWeights,
		bias: file.bias,
		threshold: file.threshold,
	};
}

/** Packs trained weights into a model file (bigram weights quantised to int8). */
export function measureModelFile(
	weights: MeasureWeights,
	settings: { hashBits: number; bigramWeight: number; threshold: number; about: string },
): MeasureModelFile {
	let max = 0;
	for (const w of weights.bigramWeights) max = Math.max(max, Math.abs(w));
	const scale = max > 0 ? max / 127 : 1;
	const bytes = Int8Array.from(weights.bigramWeights, (w) => Math.round(w / scale));
	return {
		about: settings.about,
		signals: [...SIGNAL_NAMES],
		signalWeights: Array.from(weights.signalWeights, (w) => Number(w.toFixed(5))),
		hashBits: settings.hashBits,
		bigramWeight: settings.bigramWeight,
		bigramWeights: Buffer.from(bytes.buffer).toString('base64'),
		scale,
		bias: Number(weights.bias.toFixed(5)),
		threshold: Number(settings.threshold.toFixed(4)),
	};
}

/**
 * Sparse features of a clause in the model's layout: signal `i` at index `i` with value 1, each
 * bigram occurrence at `SIGNAL_NAMES.length + bucket` with value `bigramWeight / √occurrences`
 * (a repeated bigram appears once per occurrence).
 */
export function measureFeatureVector(
	clause: string,
	ruleScore: number,
	density: number | undefined,
	settings: { hashBits: number; bigramWeight: number },
): { keys: number[]; values: number[] } {
	const keys = measureSignals(clause, ruleScore, density);
	const values = keys.map(() => 1);
	const bigrams = hashedBigrams(clause, settings.hashBits);
	const value = bigrams.length > 0 ? settings.bigramWeight / Math.sqrt(bigrams.length) : 0;
	for (const bucket of bigrams) {
		keys.push(SIGNAL_NAMES.length + bucket);
		values.push(value);
	}
	return { keys, values };
}

/** Probability that a clause is a measure (the same sum as `measureFeatureVector`, unallocated). */
export function measureProbability(
	model: MeasureModel,
	clause: string,
	ruleScore: number,
	density: number | undefined,
): number {
	let z = model.bias;
	for (const i of measureSignals(clause, ruleScore, density)) z += model.signalWeights[i] ?? 0;
	const bigrams = hashedBigrams(clause, model.hashBits);
	let sum = 0;
	for (const bucket of bigrams) sum += model.bigramWeights[bucket] ?? 0;
	if (bigrams.length > 0) z += (sum * model.bigramWeight) / Math.sqrt(bigrams.length);
	return 1 / (1 + Math.exp(-z));
}

/**
 * Reads a model file; undefined when there is none (measures then come from the rules alone).
 * @throws {MeasureModelError} when the file exists but cannot be parsed or validated.
 */
export function readMeasureModel(path: string): MeasureModel | undefined {
	const data = readOptionalJson(
		path,
		(message, cause) => new MeasureModelError(path, message, { cause }),
	);
	return data === undefined ? undefined : compileMeasureModel(data, path);
}
