import { parseQuery } from '../search/query-parser.ts';
import type { SiteLimits } from './site-limits.ts';

/** The limits of one query (`search-config/site-limits.json` → `query`). */
export type QueryLimits = SiteLimits['query'];

/**
 * What a query asks beyond the cost budget, as a sentence naming the limit and the configured
 * value, or null when it is within. Checked before any search work: the length first (so a huge
 * query is not parsed), then the terms, then the quoted phrases (each checked against the stored
 * text of every candidate, the costliest part of a query).
 */
export function queryBudgetProblem(q: string, limits: QueryLimits): string | null {
	const chars = [...q].length;
	if (chars > limits.maxChars)
		return `参数 q:检索词不能超过${limits.maxChars}个字符(现有${chars}个)`;
	const terms = parseQuery(q);
	if (terms.length > limits.maxTerms)
		return `参数 q:检索词最多${limits.maxTerms}个(词、引号短语和前缀合计,现有${terms.length}个)`;
	const phrases = terms.filter((t) => t.kind === 'phrase').length;
	if (phrases > limits.maxPhrases)
		return `参数 q:引号短语最多${limits.maxPhrases}个(现有${phrases}个)`;
	return null;
}
