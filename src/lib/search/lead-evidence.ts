import type { LexicalPlan, QueryUnit } from './lexical-plan.ts';
import { foldsText, type CandidateText } from './rescore.ts';
import { normalizeText } from './tokenize.ts';

/** How much the query's presence in the headline and lead raises a candidate's score. */
export interface LeadOptions {
	/** Characters of the body that make its lead. */
	chars: number;
	/** The score is multiplied by 1 + boost × the share of the query found in headline and lead. */
	boost: number;
}

/**
 * A news item states its subject in its headline and first sentences; a query word that only
 * turns up deep in the body is more often a passing mention. The factor is 1 + `boost` times the
 * share of the query's units (words, quoted phrases and bigrams, each at `weight`: the rescoring's
 * `unitWeight`) found in the headline or the lead.
 */
export function leadFactor(
	plan: LexicalPlan,
	text: CandidateText,
	weight: (unit: QueryUnit) => number,
	options: LeadOptions,
): number {
	if (options.boost === 0) return 1;
	const lead = `${text.title}\n${text.body.slice(0, options.chars)}`;
	// Normalised only when a form could match a character that normalising produces (`foldsText`):
	// a copy of every candidate's headline and lead, for nothing, on most queries.
	const head = foldsText(plan) ? normalizeText(lead) : lead;
	let found = 0;
	let possible = 0;
	for (const units of [plan.words, plan.phraseUnits, plan.bigrams])
		for (const unit of units) {
			const w = weight(unit);
			possible += w;
			if (unit.forms.some((f) => head.includes(f))) found += w;
		}
	return possible === 0 ? 1 : 1 + (options.boost * found) / possible;
}
