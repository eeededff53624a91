import { withAncestors } from '../geo/gazetteer.ts';

/** The codes of `codes` that are not an ancestor of another code in the list (the places themselves). */
export function mostSpecific(codes: readonly string[]): string[] {
	const ancestors = new Set<string>();
	for (const c of codes) for (const a of withAncestors(c)) if (a !== c) ancestors.add(a);
	return [...new Set(codes)].filter((c) => !ancestors.has(c));
}
