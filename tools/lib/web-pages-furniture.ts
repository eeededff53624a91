import { join } from 'node:path';
import { z } from 'astro/zod';
import { readEvalFile } from './eval-file.ts';
import { PROJECT_ROOT } from './project.ts';

/** The parts every list is written in, in the order they were written. */
export const WEB_SPLITS = [
	'a',
	'b',
	'c',
	'd',
	'e',
	'f',
	'g',
	'h',
	'i',
	'j',
	'k',
	'l',
	'm',
	'n',
	'o',
	'p',
	'q',
	'r',
	's',
	't',
	'u',
	'v',
	'w',
	'x',
	'y',
	'z',
	'aa',
	'ab',
] as const;

/** Which part of the variants a page is made from. */
export type WebSplit = (typeof WEB_SPLITS)[number];

const VARIANTS = z.array(z.string().min(1)).min(1);

/**
 * The twenty-eight parts of a list, written apart: `a`–`z` and `aa` to develop against, `ab` held
 * out (written blind, without reading the others, as `c`–`aa` were before it; `aa` was the first
 * part with a two-letter name, which keys, page ids and `--split` take as they take one letter). `a` and `b` are disjoint, and
 * each split from `c` on shares no string with any list of the splits written before it (checked
 * in {@link WebFurnitureSchema}).
 */
const SplitListSchema = z
	.object(
		Object.fromEntries(WEB_SPLITS.map((split) => [split, VARIANTS])) as Record<
			WebSplit,
			typeof VARIANTS
		>,
	)
	.refine((s) => s.a.every((v) => !s.b.includes(v)), {
		message: 'the a and b variant lists must be disjoint',
	});

/** Where on a page a family's lines go. */
const ZoneSchema = z.enum([
	'top',
	'beforeTitle',
	'afterTitle',
	'afterMeta',
	'inBody',
	'end',
	'bottom',
	'any',
	'epaper',
]);
export type Zone = z.output<typeof ZoneSchema>;

/** One kind of page furniture (a nav menu, a footer line …) with its variants. */
const FamilySchema = SplitListSchema.and(
	z.object({
		/** Stable name, used in failure reports. */
		id: z.string().regex(/^[a-z-]+$/),
		/** Where its lines are placed. */
		zone: ZoneSchema,
		/** True when the lines carry the page's date or source (they are part of the truth). */
		truth: z.boolean().default(false),
		/** True when keeping its lines in the body is not a cleaning failure (captions, bylines). */
		tolerated: z.boolean().default(false),
	}),
);

/** `eval/web-furniture.json`: furniture families and the name pools their templates draw from. */
export const WebFurnitureSchema = z
	.object({
		/** Named pools filling `{place}`, `{city}`, `{site}` … placeholders, plus `dateFormat`. */
		pools: z.record(z.string(), SplitListSchema),
		/** The furniture families. */
		families: z.array(FamilySchema).min(1),
	})
	.superRefine((file, issues) => {
		const lists = [...Object.values(file.pools), ...file.families];
		const leaks = (split: WebSplit, earlier: readonly WebSplit[]) => {
			const seen = new Set(lists.flatMap((l) => earlier.flatMap((sp) => l[sp])));
			const shared = [...new Set(lists.flatMap((l) => l[split].filter((v) => seen.has(v))))];
			if (shared.length > 0)
				issues.addIssue({
					code: 'custom',
					message: `split ${split} must share no string with any ${earlier.join(' or ')} list: ${shared.join(' · ')}`,
				});
		};
		for (const [i, split] of WEB_SPLITS.entries()) if (i >= 2) leaks(split, WEB_SPLITS.slice(0, i));
	});
export type WebFurniture = z.output<typeof WebFurnitureSchema>;

/** The split held out: written blind, scored but not developed against. */
export const HELD_OUT_SPLIT: WebSplit = 'ab';

/** One split's view of the furniture: each family and pool with only that split's variants. */
export interface SplitFurniture {
	/** The split, for the formats written in code (file names, other dates) that differ in splits c–ab. */
	split: WebSplit;
	pools: Record<string, string[]>;
	families: { id: string; zone: Zone; truth: boolean; tolerated: boolean; variants: string[] }[];
}

const REQUIRED_POOLS = [
	'place',
	'city',
	'surname',
	'given',
	'section',
	'site',
	'paper',
	'localSource',
	'dateFormat',
];

/** The furniture of one split. */
export function furnitureForSplit(furniture: WebFurniture, split: WebSplit): SplitFurniture {
	const pools: Record<string, string[]> = {};
	for (const [k, v] of Object.entries(furniture.pools)) pools[k] = v[split];
	return {
		split,
		pools,
		families: furniture.families.map((f) => ({
			id: f.id,
			zone: f.zone,
			truth: f.truth,
			tolerated: f.tolerated,
			variants: f[split],
		})),
	};
}

/**
 * Reads and validates `eval/web-furniture.json` (or `path`).
 * @throws {Error} naming the file and the reason when it is missing, not JSON, or invalid.
 */
export function readWebFurniture(
	path = join(PROJECT_ROOT, 'eval/web-furniture.json'),
): WebFurniture {
	const parsed = readEvalFile(WebFurnitureSchema, path);
	const missing = REQUIRED_POOLS.filter((p) => !(p in parsed.pools));
	if (missing.length > 0) throw new Error(`${path}: pools lack ${missing.join(', ')}`);
	return parsed;
}
