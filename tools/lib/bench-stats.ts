// Arithmetic of benchmarks that repeat each side several times on a shared machine: each side is
// summed up by its median (robust to a round that another process slowed down) and its minimum
// (the least disturbed round), and two sides are compared round by round as well as by medians.

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('the median of no values is undefined');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, minimum and maximum of one side's repeated measurements. */
export interface Spread {
	median: number;
	min: number;
	max: number;
}

/** `values` summed up as median, minimum and maximum. */
export function spreadOf(values: readonly number[]): Spread {
	if (values.length === 0) throw new RangeError('the spread of no values is undefined');
	return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * `ours` against `base`, measured alternately round by round: the ratio of the medians, and the
 * lowest and highest of the rounds' own ratios (`ours[i] / base[i]`, two measurements taken close
 * together, so they saw nearly the same load).
 */
export function pairedRatio(ours: readonly number[], base: readonly number[]): Spread {
	if (ours.length !== base.length || ours.length === 0)
		throw new RangeError(
			`paired rounds need as many measurements on each side (${ours.length} and ${base.length}), at least one`,
		);
	const rounds = ours.map((value, i) => value / base[i]!);
	return {
		median: median(ours) / median(base),
		min: Math.min(...rounds),
		max: Math.max(...rounds),
	};
}
