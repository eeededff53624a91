import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeModelFile } from '../schema/theme-model.ts';
import {
	keyToBigram,
	TITLE_OFFSET,
	type FeatureSettings,
	type FeatureVector,
} from './theme-features.ts';
import { trainSoftmax, type TrainingSet, type TrainOptions } from './train-softmax.ts';

/** One training text: its features, its class index and how much it counts. */
export interface WeightedDoc {
	x: FeatureVector;
	y: number;
	weight: number;
}

/** What {@link fitThemeModel} needs besides the texts. */
export interface ModelFitSettings {
	features: FeatureSettings;
	classes: readonly ThemeId[];
	/** A bigram must occur in this many training texts. */
	minDocFreq: number;
	/** Bigrams kept in the model, strongest first. */
	keepBigrams: number;
	sgd: Omit<TrainOptions, 'classes'>;
	/** The file's `about` line. */
	about: string;
}

/** The texts as a sparse training set over the bigrams at least `minDocFreq` of them hold. */
function toTrainingSet(docs: readonly WeightedDoc[], minDocFreq: number) {
	const df = new Map<number, number>();
	for (const d of docs) for (const key of d.x.keys) df.set(key, (df.get(key) ?? 0) + 1);
	const vocabulary = [...df].filter(([, n]) => n >= minDocFreq).map(([key]) => key);
	const index = new Map(vocabulary.map((key, i) => [key, i]));
	let entries = 0;
	for (const d of docs) for (const key of d.x.keys) if (index.has(key)) entries++;
	const set: TrainingSet = {
		offsets: new Uint32Array(docs.length + 1),
		indexes: new Uint32Array(entries),
		values: new Float32Array(entries),
		labels: Uint8Array.from(docs, (d) => d.y),
		weights: Float32Array.from(docs, (d) => d.weight),
		features: vocabulary.length,
	};
	let k = 0;
	docs.forEach((d, i) => {
		d.x.keys.forEach((key, n) => {
			const j = index.get(key);
			if (j === undefined) return;
			set.indexes[k] = j;
			set.values[k++] = d.x.values[n] ?? 0;
		});
		set.offsets[i + 1] = k;
	});
	return { set, vocabulary };
}

/**
 * Trains the linear theme classifier on weighted texts and packs it as `theme-model.json` stores
 * it: the `keepBigrams` bigrams that matter most to some theme, int8 with one scale for the whole
 * matrix. Deterministic for a given `sgd.seed`.
 */
export function fitThemeModel(
	docs: readonly WeightedDoc[],
	settings: ModelFitSettings,
): ThemeModelFile {
	const C = settings.classes.length;
	const { set, vocabulary } = toTrainingSet(docs, settings.minDocFreq);
	const fitted = trainSoftmax(set, { classes: C, ...settings.sgd });
	const strength = vocabulary.map((_, i) => {
		let max = 0;
		for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(fitted.weights[i * C + c] ?? 0));
		return max;
	});
	const kept = vocabulary
		.map((key, i) => ({ key, i, strength: strength[i] ?? 0 }))
		.sort((a, b) => b.strength - a.strength)
		.slice(0, settings.keepBigrams)
		// Body rows first, then headline rows, as the file stores them.
		.sort((a, b) => Number(a.key >= TITLE_OFFSET) - Number(b.key >= TITLE_OFFSET));
	const scale = (kept[0]?.strength ?? 1) / 127;
	const quantized = new Int8Array(kept.length * C);
	kept.forEach(({ i }, row) => {
		for (let c = 0; c < C; c++)
			quantized[row * C + c] = Math.max(
				-127,
				Math.min(127, Math.round((fitted.weights[i * C + c] ?? 0) / scale)),
			);
	});
	return {
		about: settings.about,
		features: settings.features,
		classes: [...settings.classes],
		bias: Array.from(fitted.bias, (b) => Math.round(b * 1e4) / 1e4),
		bigrams: kept
			.filter(({ key }) => key < TITLE_OFFSET)
			.map(({ key }) => keyToBigram(key))
			.join(''),
		titleBigrams: kept
			.filter(({ key }) => key >= TITLE_OFFSET)
			.map(({ key }) => keyToBigram(key))
			.join(''),
		weights: Buffer.from(quantized.buffer).toString('base64'),
		scale,
	};
}
