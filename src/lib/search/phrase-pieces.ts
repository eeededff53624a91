import type { QueryUnit } from './lexical-plan.ts';
import { normalizeText } from './tokenize.ts';

/**
 * The pieces of a quoted phrase written in parts (不忘初心、牢记使命 → 不忘初心, 牢记使命) as
 * units of their own, for scoring: beyond the phrase's exact uses and near variants, a text that
 * holds one whole part speaks of the slogan, while one sharing a few of its bigrams need not. A
 * phrase of one piece gives none (its words would only repeat the phrase).
 */
export function pieceUnits(
	phrase: string,
	unitOf: (forms: string[], kind: QueryUnit['kind']) => QueryUnit | null,
): QueryUnit[] {
	const pieces = normalizeText(phrase)
		.split(/[^\p{Script=Han}a-z0-9]+/u)
		.filter((p) => [...p].length >= 2);
	if (pieces.length < 2) return [];
	return pieces.map((p) => unitOf([p], 'word')).filter((u) => u !== null);
}
