// How a learned choice among candidates overrules the rules' own pick: only where it doubts the
// rules' candidate and finds a better one by a margin.

/**
 * Index of the chosen candidate given the model's log-odds `z`: the best where the rules' candidate
 * `rule` scores at most `keepAbove` and the best beats it by more than `margin`, else `rule` (the
 * best when the rules picked none, `rule` < 0).
 */
export function overruleByMargin(
	z: readonly number[],
	rule: number,
	margin: number,
	keepAbove: number,
): number {
	const best = z.reduce((b, x, i) => (x > z[b]! ? i : b), 0);
	if (rule < 0) return best;
	if (best === rule || z[rule]! > keepAbove) return rule;
	return z[best]! - z[rule]! > margin ? best : rule;
}
