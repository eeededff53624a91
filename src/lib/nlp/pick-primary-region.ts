import { getDivision, NATIONAL_CODE, regionChain } from '../geo/gazetteer.ts';
import { SALIENCE } from './salience-config.ts';

/** Salience of each code plus every code below it (省 ⊇ 市 ⊇ 县). */
export function subtreeScores(scores: ReadonlyMap<string, number>): Map<string, number> {
	const subtree = new Map<string, number>();
	for (const [code, score] of scores) {
		for (const d of regionChain(code)) subtree.set(d.code, (subtree.get(d.code) ?? 0) + score);
	}
	return subtree;
}

/** What the text says beyond the weights. */
export interface PickOptions {
	/** The headline or lead says the item spans places (各地, 多地): the leader needs `roundUpCueShare` when `roundUpCueProvinces` provinces or more are present. */
	roundUpCue?: boolean;
}

/**
 * The place an article is mainly about, from the salience of each code: start at the province
 * with the most weight (national when no province holds a clear share, or nothing was found) and
 * go down to a city or county while one holds at least half of its parent's weight. So an article
 * on one county's scheme gets the county; one comparing three counties gets their city. `prior`
 * (province → weight, e.g. from a dateline) counts towards the choice of province only.
 */
export function pickPrimaryRegion(
	scores: ReadonlyMap<string, number>,
	prior: ReadonlyMap<string, number> = new Map(),
	options: PickOptions = {},
): string {
	// A prior only weighs between places the text names; alone it says nothing.
	if (![...scores.values()].some((v) => v > 0)) return NATIONAL_CODE;
	const subtree = subtreeScores(scores);
	const withPrior = new Map(subtree);
	for (const [code, weight] of prior) withPrior.set(code, (withPrior.get(code) ?? 0) + weight);
	const total = [...scores.values(), ...prior.values()].reduce((a, b) => a + b, 0);
	const best = (codes: string[], weights = subtree) =>
		codes.reduce<string | undefined>(
			(a, c) => (a === undefined || (weights.get(c) ?? 0) > (weights.get(a) ?? 0) ? c : a),
			undefined,
		);
	const provinces = [...withPrior.keys()].filter((c) => getDivision(c)?.level === 'province');
	let current = best(provinces, withPrior);
	// Several provinces each with a real part of the weight: a round-up unless one clearly leads.
	const present = provinces.filter(
		(c) => (withPrior.get(c) ?? 0) >= SALIENCE.presentShare * total,
	).length;
	const share =
		options.roundUpCue === true && present >= SALIENCE.roundUpCueProvinces
			? Math.max(SALIENCE.roundUpCueShare, SALIENCE.provinceShare)
			: present >= SALIENCE.roundUpProvinces
				? SALIENCE.roundUpShare
				: SALIENCE.provinceShare;
	if (current === undefined || total <= 0 || (withPrior.get(current) ?? 0) < share * total)
		return NATIONAL_CODE;
	for (;;) {
		const parent: string = current;
		const children = [...subtree.keys()].filter((c) => getDivision(c)?.parent === parent);
		const child = best(children);
		// A place whose only named part is one county is usually about that county (深圳市龙华区…).
		const named = children.filter((c) => (subtree.get(c) ?? 0) > 0).length;
		const needed = named === 1 ? SALIENCE.soleChildShare : SALIENCE.childShare;
		if (child === undefined || (subtree.get(child) ?? 0) < needed * (subtree.get(parent) ?? 0))
			return parent;
		current = child;
	}
}
