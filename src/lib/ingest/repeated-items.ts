import { hanCount } from './patterns.ts';
import { overlap } from './text-overlap.ts';

// A page saved twice into one file (a save appended to an earlier one, the mobile copy under the
// desktop page) holds its article twice; the copy is no second item.

/** Share of an item's text that an earlier item holds when it is a copy of it. */
const COPY_SHARE = 0.9;
/** Fewest Han characters of an item read as a copy (a caption or a one-line brief repeats nothing). */
const MIN_COPY_HAN = 80;

/** True when the paragraphs `later` are a copy of `earlier`: a news item's length, nearly all in it. */
export function repeats(
	later: { paragraphs: readonly string[] },
	earlier: { paragraphs: readonly string[] },
): boolean {
	const text = later.paragraphs.join('');
	if (hanCount(text, MIN_COPY_HAN) < MIN_COPY_HAN) return false;
	return (
		overlap(
			text,
			earlier.paragraphs.map((p, line) => ({ text: p, line })),
		) >= COPY_SHARE
	);
}
