import type { Measure } from '../schema/release.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import {
	ANECDOTE,
	CONCRETE,
	EVALUATION,
	META,
	OUTCOME,
	REPORTED_SPEECH,
	SECTION_OPENER,
	SPEECH,
	STRONG_ACTION,
	WEAK_ACTION,
	looksLikeHeading,
} from './measure-rules.ts';
import { parseQuantities } from './parse-quantities.ts';
import { splitClauses } from './split-clauses.ts';
import { tagThemes } from './tag-themes.ts';
import type { ThemeConfig } from '../schema/theme-config.ts';

/** What `extractMeasures` needs from the rest of the pipeline. */
export interface ExtractMeasuresDeps {
	/** Theme rules (from `search-config/themes.yaml`). */
	config: ThemeConfig;
	/** Region code of a clause: the one it names, else the article's primary region. */
	regionOf: (text: string) => string;
	/**
	 * Themes of the whole article, when known. A clause too short to reach a theme's threshold on
	 * its own still gets those article themes it shows some evidence for.
	 */
	articleThemes?: readonly ThemeId[];
}

/** Shortest and longest clause taken as one measure (characters). */
const MIN_LENGTH = 12;
const MAX_LENGTH = 320;
/** Points a clause needs (see `scoreClause`). */
const MIN_SCORE = 4;

// Quoted formulas and document titles name things; a verb inside them (《关于开展…》) is not the
// clause's own action, so verbs are looked for in the text with them blanked out.
function outsideQuotes(clause: string): string {
	return clause.replace(/《[^》]*》|“[^”]*”|「[^」]*」|"[^"]*"/g, '□');
}

/**
 * Scores a clause as a measure: an action verb (strong 2, steering 1) is required, concreteness
 * (numbers, frequency, named documents or formulas, institutions) adds up to 2, theme evidence 1 or 2.
 * Speech, meta text (press events, diplomacy, broadcasts), evaluations and, without a strong verb,
 * outcome statistics are rejected; anecdotes lose 3.
 */
export function scoreClause(
	clause: string,
	config: ThemeConfig,
): { score: number; themes: ReturnType<typeof tagThemes> } | undefined {
	if (clause.length < MIN_LENGTH || clause.length > MAX_LENGTH) return undefined;
	if (
		SPEECH.test(clause) ||
		REPORTED_SPEECH.test(clause) ||
		META.test(clause) ||
		EVALUATION.test(clause) ||
		SECTION_OPENER.test(clause)
	)
		return undefined;
	const plain = outsideQuotes(clause);
	const strong = STRONG_ACTION.test(plain);
	if (!strong && !WEAK_ACTION.test(plain)) return undefined;
	if (OUTCOME.test(plain) && !strong) return undefined;
	let score = strong ? 2 : 1;
	score += Math.min(2, CONCRETE.filter((rule) => rule.test(clause)).length);
	const themes = tagThemes({ title: '', body: clause }, config);
	// Theme evidence: one point for a theme, another when the clause is dense with its vocabulary.
	const top = Math.max(0, ...Object.values(themes.scores));
	if (themes.themes.length > 0) score += top >= 8 ? 2 : 1;
	if (ANECDOTE.test(plain)) score -= 3;
	return { score, themes };
}

/**
 * The concrete measures of an article body, one per sentence or enumerated clause, in reading order.
 * Headings (short lines without sentence punctuation) are skipped; a clause is kept when
 * `scoreClause` gives it at least 4 points. Text is the clause as printed.
 */
export function extractMeasures(paragraphs: string[], deps: ExtractMeasuresDeps): Measure[] {
	const measures: Measure[] = [];
	const seen = new Set<string>();
	for (const paragraph of paragraphs) {
		if (looksLikeHeading(paragraph)) continue;
		for (const clause of splitClauses(paragraph)) {
			if (seen.has(clause)) continue;
			const scored = scoreClause(clause, deps.config);
			if (!scored || scored.score < MIN_SCORE) continue;
			seen.add(clause);
			const own = scored.themes;
			const themes =
				own.themes.length > 0
					? own.themes
					: (deps.articleThemes ?? []).filter((id) => (own.scores[id] ?? 0) > 0);
			measures.push({
				text: clause,
				themes,
				subThemes: own.subThemes,
				quantities: parseQuantities(clause),
				region: deps.regionOf(clause),
			});
		}
	}
	return measures;
}
