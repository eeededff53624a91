import { z } from 'astro/zod';

/**
 * How the index stores whole documents (the rows pages, snippets and rescoring read). Each row
 * carries its codec's tag, so a change applies to rows written after it and older rows still read.
 */
export const StoreConfigSchema = z
	.object({
		/** `zstd` (Node ≥ 22.15), `brotli`, `deflate` or `none` (JSON text as is). */
		codec: z.enum(['zstd', 'brotli', 'deflate', 'none']),
		/** Compression level: zstd 1–19, brotli 0–11, deflate 0–9; ignored by `none`. */
		level: z.number().int().min(0).max(19),
		/**
		 * KB of a collection's first stored documents kept as a zstd dictionary (0: none; zstd
		 * only): news items share phrasing and every row the same JSON keys, which a row compressed
		 * alone would spell out again.
		 */
		dictionaryKb: z.number().int().min(0).max(1024),
		/**
		 * How the JSON text is encoded before compression (absent: `utf8`). `utf16le` stores Chinese
		 * text in two bytes a character instead of three, which compresses smaller.
		 */
		text: z.enum(['utf8', 'utf16le']).optional(),
	})
	.refine(
		(s) =>
			s.codec === 'none' ||
			(s.level <= { zstd: 19, brotli: 11, deflate: 9 }[s.codec] &&
				(s.codec !== 'zstd' || s.level >= 1)),
		{
			message: 'level out of range for the codec (zstd 1–19, brotli 0–11, deflate 0–9)',
			path: ['level'],
		},
	);
export type StoreConfig = z.output<typeof StoreConfigSchema>;
