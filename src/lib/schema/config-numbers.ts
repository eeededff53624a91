import { z } from 'astro/zod';

// The kinds of number the tuning files in `search-config/` hold, shared by their schemas.

/** A whole number of characters, lines, items, rows, pages or MiB, at least 1. */
export const Count = z.number().int().min(1);

/** A share (of bigrams, characters, rows or pages), from 0 to 1. */
export const Share = z.number().min(0).max(1);

/** A length range in characters, its `min` not above its `max`. */
export const Lengths = z
	.object({
		/** Fewest characters. */
		min: Count,
		/** Most characters. */
		max: Count,
	})
	.refine((r) => r.min <= r.max, { message: '`min` must not exceed `max`', path: ['min'] });
