/** Labelled primary themes against given ones, one pair per article; a null label is not counted. */
export interface PrimaryPair {
	label: string | null;
	given: string | undefined;
}

/**
 * Primary-theme confusions as printable lines, `  n  label → given` (`(none)` when no theme was
 * given), most frequent first; every pair of `pairs` that disagrees counts once.
 */
export function confusionLines(pairs: Iterable<PrimaryPair>, indent = '    '): string[] {
	const counts = new Map<string, number>();
	for (const { label, given } of pairs) {
		if (label === null || given === label) continue;
		const pair = `${label} → ${given ?? '(none)'}`;
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([pair, n]) => `${indent}${String(n).padStart(3)}  ${pair}`);
}
