/**
 * Groups texts into forward passes. Texts are sorted by length so a batch pads little, and a batch
 * is closed when `size × longest` would pass a character budget: on CPU, batching long passages is
 * slower than running them one by one (measured by `bench/embed.ts`), while short sentences gain.
 */

/** Characters a text can contribute; bge truncates at 512 tokens, about one per Chinese character. */
const MAX_TEXT_CHARACTERS = 512;

/** Indices into `lengths`, grouped into batches of at most `batchSize` within `maxBatchCharacters`. */
export function planBatches(
	lengths: readonly number[],
	batchSize: number,
	maxBatchCharacters: number,
): number[][] {
	const order = lengths.map((_, index) => index).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
	const batches: number[][] = [];
	let current: number[] = [];
	for (const index of order) {
		// Sorted ascending, so this text is the longest of the batch once added.
		const longest = Math.min(lengths[index]!, MAX_TEXT_CHARACTERS) + 2;
		const fits = current.length < batchSize && (current.length + 1) * longest <= maxBatchCharacters;
		if (current.length > 0 && !fits) {
			batches.push(current);
			current = [];
		}
		current.push(index);
	}
	if (current.length > 0) batches.push(current);
	return batches;
}
