import { z } from 'astro/zod';
import measurePoints from '../../../search-config/measure-points.json' with { type: 'json' };
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';

/** The points by which the rules score a clause as a measure (`scoreClause`). */
export const MeasurePointsSchema = z
	.object({
		/** What the file holds. */
		_about: z.string().optional(),
		/** Shortest clause taken as one measure (characters). */
		minLength: z.number().int().min(1),
		/** Longest clause taken as one measure (characters). */
		maxLength: z.number().int().min(1),
		/** Points a clause needs, without a measure model, to be a measure; a commitment gets them at once. */
		minScore: z.number(),
		/** Points for a strong action (set up, issue, dispatch, hold) or a commitment. */
		strongAction: z.number(),
		/** Points for any other action: a policy instrument or steering (推进…, 完善…机制). */
		otherAction: z.number(),
		/** Most points concreteness adds: one per kind (a number, a frequency, a document, an institution). */
		maxConcrete: z.number().int().min(0),
		/** Points for evidence of a theme. */
		theme: z.number(),
		/** Points for a theme whose vocabulary fills the clause (its rule score reaches `denseThemeScore`). */
		denseTheme: z.number(),
		/** A theme's rule score within the clause from which its vocabulary fills it. */
		denseThemeScore: z.number().min(0),
		/** Points an anecdote (一位村民说…) loses. */
		anecdote: z.number().min(0),
	})
	.refine((points) => points.minLength <= points.maxLength, {
		path: ['minLength'],
		message: 'is longer than maxLength: no clause could be a measure',
	});
export type MeasurePoints = z.output<typeof MeasurePointsSchema>;

/** The points of `search-config/measure-points.json`; throws naming the file and field when invalid. */
export const MEASURE_POINTS: MeasurePoints = parseWithFriendlyErrors(
	MeasurePointsSchema,
	measurePoints,
	'search-config/measure-points.json',
);
