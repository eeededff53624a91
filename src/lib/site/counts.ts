/** One row of a {@link BarTable}: a label (linked when `href` is set), a bar sized by `weight`, count cells. */
export interface BarRow {
	label: string;
	href?: string;
	/** Sizes the bar against the largest weight of the table; no bar without it. */
	weight?: number;
	cells: { text: string | number; href?: string }[];
}

/** One entry of a {@link CountList}: a linked label and what is counted for it. */
export interface CountItem {
	label: string;
	href: string;
	count: string | number;
}

/** Facet counts as `[value, count]` pairs, largest first (ties in facet order: ascending for numeric codes), at most `limit`. */
export function byCount(
	counts: Record<string, number> | undefined,
	limit = Number.POSITIVE_INFINITY,
): [string, number][] {
	return Object.entries(counts ?? {})
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit);
}

/** Width of a bar in rem: `weight` against the largest weight (at least 1), scaled to `fullRem`. */
export function barWidth(weight: number, weights: (number | undefined)[], fullRem: number): number {
	const max = Math.max(1, ...weights.map((w) => w ?? 0));
	return Math.round((weight / max) * fullRem);
}
