import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { CorpusSliceSpecSchema } from './corpus-slice.ts';

/** The five kinds of query issue 11 measures separately. */
export const QUERY_KINDS = ['keyword', 'phrase', 'region', 'descriptive', 'paraphrase'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Tune queries may guide tuning; dev queries only measure. */
export const SPLITS = ['tune', 'dev'] as const;
export type Split = (typeof SPLITS)[number];

/** One query of the search development set with its graded judgments. */
const DevQuerySchema = z.object({
	/** Stable id, e.g. `kw-01`. */
	id: z.string().min(1),
	/** Which of the five kinds the query stands for. */
	kind: z.enum(QUERY_KINDS),
	/** `tune` or `dev`. */
	split: z.enum(SPLITS),
	/** The query as a user types it; “quoted” parts are phrases. */
	q: z.string().min(1),
	/** GB/T 2260 code of a region filter (primary region within it). */
	region: z
		.string()
		.regex(/^\d{6}$/u, 'a six-digit GB/T 2260 code')
		.optional(),
	/** Why the query is in the set. */
	note: z.string().optional(),
	/** Article id → grade 0 (not relevant) … 3 (exactly what was asked); unlisted ids count as 0. */
	judgments: z.record(z.string(), z.number().int().min(0).max(3)),
});

/** `search-config/eval/search-dev.json`: the slice it is judged over and its queries. */
const DevSetSchema = z.object({
	/** What the file is. */
	$comment: z.string().optional(),
	/** The corpus slice the judgments were made over (besides the bundled samples). */
	slice: CorpusSliceSpecSchema,
	/** The queries, ids unique. */
	queries: z.array(DevQuerySchema).refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, {
		message: 'query ids must be unique',
	}),
});
type DevSet = z.output<typeof DevSetSchema>;

/**
 * Reads and validates a development set. Throws `SchemaValidationError` naming the file and every
 * problem, or a SyntaxError naming the file when it is not JSON.
 */
export function readDevSet(file: string): DevSet {
	const text = readFileSync(file, 'utf8');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new SyntaxError(
			`${file} is not valid JSON (${(error as Error).message}); fix the file.`,
			{
				cause: error,
			},
		);
	}
	return parseWithFriendlyErrors(DevSetSchema, data, file);
}
