import { z } from 'astro/zod';
import { searchConfigReader } from '../config-path.ts';

/** A length: a whole number of characters. */
const Chars = z.number().int().min(1);

/** `search-config/slogan-shapes.json`: the lengths that make a quotation a formula (提法). */
export const SloganShapesSchema = z.object({
	$comment: z.string().optional(),
	/** Shortest quotation read as a formula, in characters. */
	minQuoted: Chars,
	/** Longest quotation read as a formula, in characters. */
	maxQuoted: Chars,
	/** Characters read after a quotation for its speaker or a programme word (`活动`, `工程`). */
	afterChars: Chars,
	/** Longest part of a parallel formula (有求必应,无事不扰), in characters. */
	maxParallelPart: Chars,
	/** Shortest half of a parallel formula printed without its separator (两不愁三保障). */
	minHalf: Chars,
	/** Longest such half. */
	maxHalf: Chars,
	/** Longest quotation that is a formula by its number words alone (三个一批), in characters. */
	maxNumberFormula: Chars,
	/** Shortest quotation of a series built alike (“管人员”“管平台”). */
	minSeriesItem: Chars,
	/** Longest quotation of such a series. */
	maxSeriesItem: Chars,
});
export type SloganShapes = z.output<typeof SloganShapesSchema>;

/**
 * The lengths of `search-config/slogan-shapes.json`, read once per process.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readSloganShapes = searchConfigReader(SloganShapesSchema, 'slogan-shapes.json');
