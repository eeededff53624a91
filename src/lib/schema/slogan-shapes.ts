import { z } from 'astro/zod';
import { Count } from './config-numbers.ts';
import { searchConfigReader } from '../config-path.ts';

/** `search-config/slogan-shapes.json`: the lengths that make a quotation a formula (提法). */
export const SloganShapesSchema = z.object({
	$comment: z.string().optional(),
	/** Shortest quotation read as a formula, in characters. */
	minQuoted: Count,
	/** Longest quotation read as a formula, in characters. */
	maxQuoted: Count,
	/** Characters read after a quotation for its speaker or a programme word (`活动`, `工程`). */
	afterChars: Count,
	/** Longest part of a parallel formula (有求必应,无事不扰), in characters. */
	maxParallelPart: Count,
	/** Shortest half of a parallel formula printed without its separator (两不愁三保障). */
	minHalf: Count,
	/** Longest such half. */
	maxHalf: Count,
	/** Longest quotation that is a formula by its number words alone (三个一批), in characters. */
	maxNumberFormula: Count,
	/** Shortest quotation of a series built alike (“管人员”“管平台”). */
	minSeriesItem: Count,
	/** Longest quotation of such a series. */
	maxSeriesItem: Count,
});
export type SloganShapes = z.output<typeof SloganShapesSchema>;

/**
 * The lengths of `search-config/slogan-shapes.json`, read once per process.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readSloganShapes = searchConfigReader(SloganShapesSchema, 'slogan-shapes.json');
