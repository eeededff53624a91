import { getDivision, NATIONAL_CODE, regionChain } from '../geo/gazetteer.ts';

/** Share of all place weight the leading province must hold, or the article is a national round-up. */
const PROVINCE_SHARE = 0.4;
/** Share of its parent's weight a place must hold to be chosen instead of the parent. */
const CHILD_SHARE = 0.5;

/** Salience of each code plus every code below it (省 ⊇ 市 ⊇ 县). */
export function subtreeScores(scores: ReadonlyMap<string, number>): Map<string, number> {
	const subtree = new Map<string, number>();
	for (const [code, score] of scores) {
		for (const d of regionChain(code)) subtree.set(d.code, (subtree.get(d.code) ?? 0) + score);
	}
	return subtree;
}

/**
 * The place an article is mainly about, from the salience of each code: start at the province
 * with the most weight (national when no province holds a clear share, or nothing was found) and
 * go down to a city or county while one holds at least half of its parent's weight. So an article
 * on one county's scheme gets the county; one comparing three counties gets their city.
 */
export function pickPrimaryRegion(scores: ReadonlyMap<string, number>): string {
	const subtree = subtreeScores(scores);
	const total = [...scores.values()].reduce((a, b) => a + b, 0);
	const best = (codes: string[]) =>
		codes.reduce<string | undefined>(
			(a, c) => (a === undefined || (subtree.get(c) ?? 0) > (subtree.get(a) ?? 0) ? c : a),
			undefined,
		);
	const provinces = [...subtree.keys()].filter((c) => getDivision(c)?.level === 'province');
	let current = best(provinces);
	if (current === undefined || total <= 0 || (subtree.get(current) ?? 0) < PROVINCE_SHARE * total)
		return NATIONAL_CODE;
	for (;;) {
		const parent: string = current;
		const children = [...subtree.keys()].filter((c) => getDivision(c)?.parent === parent);
		const child = best(children);
		if (child === undefined || (subtree.get(child) ?? 0) < CHILD_SHARE * (subtree.get(parent) ?? 0))
			return parent;
		current = child;
	}
}
