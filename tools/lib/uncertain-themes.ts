import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import {
	fusedScores,
	fuseThemes,
	type FusionInput,
	type FusionSettings,
} from '../../src/lib/nlp/tag-themes.ts';

/** How unsure the fused tagger is about one article, and between which two themes. */
export interface ThemeDoubt {
	id: string;
	/** The two themes it hesitates between, in id order (`a < b`). */
	pair: readonly [ThemeId, ThemeId];
	/** Gap between the two themes' fused scores (log units; 0 is a tie). */
	margin: number;
	/** The rules' primary and the classifier's most probable theme differ. */
	disagree: boolean;
}

/**
 * The doubt of one article: when the rules' primary and the classifier's best theme differ, the
 * pair is those two (the conflict a label settles); else the fused top two. Undefined when the
 * tagger abstains (no theme at all) or fewer than two themes are scored.
 */
export function themeDoubt(
	id: string,
	input: FusionInput,
	settings: FusionSettings,
): ThemeDoubt | undefined {
	if (fuseThemes(input, settings).length === 0) return undefined;
	const scores = fusedScores(input, settings);
	const ranked = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)!);
	const modelBest = [...input.probabilities].reduce((best, cur) =>
		cur[1] > best[1] ? cur : best,
	)[0];
	const rulesBest = input.ruleThemes[0];
	const disagree = rulesBest !== undefined && rulesBest !== modelBest;
	const [a, b] = disagree ? [rulesBest, modelBest] : [ranked[0], ranked[1]];
	if (a === undefined || b === undefined) return undefined;
	return {
		id,
		pair: a < b ? [a, b] : [b, a],
		margin: Math.abs(scores.get(a)! - scores.get(b)!),
		disagree,
	};
}

/** `a|b`: the key of a theme pair. */
export const pairKey = (doubt: ThemeDoubt): string => doubt.pair.join('|');

/**
 * The `count` most doubtful articles (smallest margin first), at most `perPair` of any one theme
 * pair, so that the labels cover many confusions instead of the commonest one. Ties go by id, so
 * the choice does not depend on the corpus order.
 */
export function pickUncertain(
	doubts: readonly ThemeDoubt[],
	count: number,
	perPair: number,
): ThemeDoubt[] {
	const sorted = [...doubts].sort((x, y) => x.margin - y.margin || (x.id < y.id ? -1 : 1));
	const taken = new Map<string, number>();
	const chosen: ThemeDoubt[] = [];
	for (const doubt of sorted) {
		if (chosen.length >= count) break;
		const key = pairKey(doubt);
		const n = taken.get(key) ?? 0;
		if (n >= perPair) continue;
		taken.set(key, n + 1);
		chosen.push(doubt);
	}
	return chosen;
}
