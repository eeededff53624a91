import { z } from 'astro/zod';
import { judgeClause, ruleDensity } from '../../src/lib/nlp/extract-measures.ts';
import {
	POLICY_ACTION,
	STRONG_ACTION,
	TIME_LIMIT,
	WEAK_ACTION,
	looksLikeHeading,
} from '../../src/lib/nlp/measure-rules.ts';
import { splitClauses } from '../../src/lib/nlp/split-clauses.ts';
import type { ThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import type { CorpusItem } from './corpus.ts';

/** A clause of a corpus article, located by its character offset in the article's `text`. */
export interface CorpusClause {
	offset: number;
	length: number;
	text: string;
}

/**
 * The clauses `extractMeasures` would look at in a corpus article: its lines as paragraphs,
 * headings skipped, each paragraph cut by `splitClauses`; every clause located in `text`.
 */
export function corpusClauses(item: Pick<CorpusItem, 'text'>): CorpusClause[] {
	const out: CorpusClause[] = [];
	let lineStart = 0;
	for (const line of item.text.split('\n')) {
		const paragraph = line.trim();
		if (paragraph && !looksLikeHeading(paragraph)) {
			let from = lineStart;
			for (const clause of splitClauses(paragraph)) {
				const offset = item.text.indexOf(clause, from);
				if (offset < 0) continue;
				out.push({ offset, length: clause.length, text: clause });
				from = offset + clause.length;
			}
		}
		lineStart += line.length + 1;
	}
	return out;
}

/**
 * The share of a corpus article's clauses the rules alone keep, as `extractMeasures` gives it to
 * the measure model (`ruleDensity` over `corpusClauses`).
 */
export function corpusRuleDensity(text: string, config: ThemeConfig): number {
	return ruleDensity(
		corpusClauses({ text }).map((c) => c.text),
		config,
	);
}

/**
 * Sampling strata of a clause: what the detector of the day kept, what it dropped although the
 * clause has an action verb, and the rest. The judged set samples each stratum at its own rate
 * and records the rates, so estimates over all clauses weight each item by its stratum.
 */
export const STRATA = ['kept', 'action', 'other'] as const;
export type Stratum = (typeof STRATA)[number];

export function stratumOf(clause: string, config: ThemeConfig): Stratum {
	if (judgeClause(clause, config)) return 'kept';
	return [STRONG_ACTION, WEAK_ACTION, POLICY_ACTION, TIME_LIMIT].some((r) => r.test(clause))
		? 'action'
		: 'other';
}

/** Shape of `eval/measure-judgments.json`: where each judged clause is, and its label; no text. */
export const MeasureJudgmentsSchema = z.object({
	about: z.string(),
	corpus: z.string(),
	seed: z.number().int(),
	strata: z.record(z.enum(STRATA), z.object({ pool: z.number().int(), sampled: z.number().int() })),
	items: z.array(
		z.object({
			key: z.string(),
			id: z.string(),
			offset: z.number().int().nonnegative(),
			length: z.number().int().positive(),
			stratum: z.enum(STRATA),
			half: z.enum(['tune', 'report']),
			label: z.enum(['measure', 'not']).optional(),
		}),
	),
});
export type MeasureJudgments = z.output<typeof MeasureJudgmentsSchema>;
