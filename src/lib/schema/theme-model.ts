import { readOptionalJson } from './optional-json.ts';
import { z } from 'astro/zod';
import { bigramToKey, TITLE_OFFSET, type FeatureSettings } from '../nlp/theme-features.ts';
import { createIntTable, slotOf, type IntTable } from '../nlp/int-table.ts';
import { ThemeModelError } from '../errors.ts';
import { parseModelFile } from './friendly-errors.ts';
import { int8Levels, Int8Base64Schema } from './int8-weights.ts';
import { ThemeIdSchema, type ThemeId } from './taxonomy.ts';
import { ThemeFeatureSettingsSchema } from './theme-training.ts';

/**
 * `search-config/theme-model.json`: a linear theme classifier over Han-character bigrams, written by
 * `node scripts/train-themes.ts` (weak labels from the keyword rules over a corpus, plus the theme
 * descriptions), never edited by hand.
 */
const ThemeModelFileSchema = z
	.object({
		/** What the file is and how it was made. */
		about: z.string(),
		/** How texts become features; inference must use what training used. */
		features: ThemeFeatureSettingsSchema,
		/** Theme id of each output, in the order of every weight row. */
		classes: z.array(ThemeIdSchema).min(2),
		/** Bias of each class. */
		bias: z.array(z.number()),
		/** The body bigrams with weights: two Han characters each, concatenated. */
		bigrams: z.string(),
		/** The headline bigrams with weights, likewise; their rows follow the body's. */
		titleBigrams: z.string(),
		/** Weights as int8, base64: one row of `classes.length` per bigram, body then headline. */
		weights: Int8Base64Schema,
		/** Multiply a stored int8 weight by this. */
		scale: z.number().positive(),
	})
	.superRefine((file, ctx) => {
		const n = file.classes.length;
		if (file.bias.length !== n)
			ctx.addIssue({ code: 'custom', path: ['bias'], message: `needs ${n} values, one per class` });
		for (const field of ['bigrams', 'titleBigrams'] as const)
			if (file[field].length % 2 !== 0)
				ctx.addIssue({ code: 'custom', path: [field], message: 'needs two characters per bigram' });
		const rows = Math.floor(file.bigrams.length / 2) + Math.floor(file.titleBigrams.length / 2);
		if (Buffer.byteLength(file.weights, 'base64') !== rows * n)
			ctx.addIssue({
				code: 'custom',
				path: ['weights'],
				message: `needs ${rows * n} bytes: ${n} per bigram`,
			});
	});
export type ThemeModelFile = z.output<typeof ThemeModelFileSchema>;

/** The classifier ready to score texts. */
export interface ThemeModel {
	features: FeatureSettings;
	classes: ThemeId[];
	bias: Float64Array;
	/** Bigram keys; the row of the key in slot s starts at `rows[s]` in `matrix`. */
	table: IntTable;
	/** Offset in `matrix` of the row of the key in each slot of `table`. */
	rows: Int32Array;
	/** One int8 weight per class for every bigram, row after row; `levels` gives its value. */
	matrix: Int8Array;
	/**
	 * The value of each int8 weight `q`, at `levels[q + 128]`: `q × scale` as a 32-bit float, so the
	 * table a quarter the size of a float matrix scores exactly as one.
	 */
	levels: Float32Array;
}

/** Validates a parsed model file and unpacks it for scoring. */
export function compileThemeModel(data: unknown, path = 'theme-model.json'): ThemeModel {
	const file = parseModelFile(ThemeModelFileSchema, data, path, ThemeModelError);
	const C = file.classes.length;
	const matrix = new Int8Array(Buffer.from(file.weights, 'base64'));
	const levels = int8Levels(file.scale);
	const table = createIntTable(file.bigrams.length / 2 + file.titleBigrams.length / 2);
	const rows = new Int32Array(table.keys.length);
	let row = 0;
	for (const [text, offset] of [
		[file.bigrams, 0],
		[file.titleBigrams, TITLE_OFFSET],
	] as const) {
		for (let i = 0; i + 1 < text.length; i += 2) {
			const key = bigramToKey(text.slice(i, i + 2));
			if (key === undefined)
				throw new ThemeModelError(path, `\`${text.slice(i, i + 2)}\` is not two Han characters`);
			rows[slotOf(table, key + offset)] = row++ * C;
		}
	}
	return {
		features: file.features,
		classes: file.classes,
		bias: Float64Array.from(file.bias),
		table,
		rows,
		matrix,
		levels,
	};
}

/**
 * Reads a model file; undefined when there is none (themes then come from the rules alone).
 * @throws {ThemeModelError} when the file exists but cannot be parsed or validated.
 */
export function readThemeModel(path: string): ThemeModel | undefined {
	const data = readOptionalJson(
		path,
		(message, cause) => new ThemeModelError(path, message, { cause }),
	);
	return data === undefined ? undefined : compileThemeModel(data, path);
}
