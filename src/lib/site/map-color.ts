/**
 * The colour of an area holding `count` items when the busiest holds `max`: zero gets `empty`,
 * otherwise the palette step of count/max on a square-root scale (a few busy provinces would
 * otherwise leave every other area in the palest step).
 */
export function choroplethColor(
	count: number,
	max: number,
	palette: readonly string[],
	empty: string,
): string {
	if (count <= 0 || max <= 0 || palette.length === 0) return empty;
	const share = Math.sqrt(Math.min(count, max) / max);
	const step = Math.min(palette.length - 1, Math.ceil(share * palette.length) - 1);
	return palette[Math.max(0, step)] ?? empty;
}

/** The count ranges of each palette step (for the legend), lowest first; empty steps are left out. */
export function legendSteps(
	max: number,
	palette: readonly string[],
): { from: number; to: number; color: string }[] {
	if (max <= 0) return [];
	const steps: { from: number; to: number; color: string }[] = [];
	const p = palette.length;
	palette.forEach((color, i) => {
		// Step i holds the counts whose sqrt(count/max) lies in (i/p, (i+1)/p].
		const from = Math.floor(max * (i / p) ** 2) + 1;
		const to = i === p - 1 ? max : Math.floor(max * ((i + 1) / p) ** 2);
		if (from <= to) steps.push({ from, to, color });
	});
	return steps;
}
