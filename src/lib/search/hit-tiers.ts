/**
 * Tier of a hit in temp.hits: a quoted phrase verbatim, its near variant, or neither; with
 * `phraseOrder.fine`, a rescored exact use or variant that makes the phrase its subject rises to
 * `exactLead` or `variantLead`.
 */
export const TIER = { exactLead: 4, variantLead: 3, exact: 2, variant: 1, none: 0 } as const;

/** How a hit of the tier matched a quoted phrase. */
export function tierMatch(tier: number): 'exact' | 'variant' | null {
	if (tier === TIER.exact || tier === TIER.exactLead) return 'exact';
	if (tier === TIER.variant || tier === TIER.variantLead) return 'variant';
	return null;
}
