import {
	fitBoostedTrees,
	type BoostedTrees,
	type BoostOptions,
} from '../../src/lib/nlp/boosted-trees.ts';

// Boosted trees as a training script writes them into search-config/: fitted, then every split
// point and leaf rounded to four decimals, so the file stays short and diffs stay readable.

const round4 = (x: number) => Number(x.toFixed(4));

/** `fitBoostedTrees` with its base, thresholds and leaves rounded to four decimals. */
export function fitRoundedTrees(
	rows: readonly number[][],
	labels: readonly number[],
	o: BoostOptions,
): BoostedTrees {
	const b = fitBoostedTrees(rows, labels, o);
	const trees = b.trees.map((t) =>
		t.map((n) => ('v' in n ? { v: round4(n.v) } : { ...n, t: round4(n.t) })),
	);
	return { base: round4(b.base), trees };
}
