import { join } from 'node:path';
import { z } from 'astro/zod';
import { readEvalFile } from './eval-file.ts';
import { PROJECT_ROOT } from './project.ts';

/**
 * The eighteen parts of a list, written apart: `a`–`q` to develop against, `r` held out (written
 * blind, without reading the others, as `c`–`q` were before it). The lists are disjoint; `c` shares no string
 * with any `a` or `b` list of the file, `d` none with any `a`–`c` list, `e` none with any `a`–`d`
 * list, `f` none with any `a`–`e` list, `g` none with any `a`–`f` list, `h` none with any `a`–`g`
 * list, `i` none with any `a`–`h` list, `j` none with any `a`–`i` list, `k` none with any `a`–`j`
 * list, `l` none with any `a`–`k` list, `m` none with any `a`–`l` list, `n` none with any `a`–`m`
 * list, `o` none with any `a`–`n` list, `p` none with any `a`–`o` list, `q` none with any `a`–`p`
 * list, `r` none with any `a`–`q` list (checked in
 * {@link WebFurnitureSchema}).
 */
const SplitListSchema = z
	.object({
		/** Development variants. */
		a: z.array(z.string().min(1)).min(1),
		/** Variants first held out, now developed against too; never the same strings as `a`. */
		b: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a` or `b`. */
		c: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`c`. */
		d: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`d`. */
		e: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`e`. */
		f: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`f`. */
		g: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`g`. */
		h: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`h`. */
		i: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`i`. */
		j: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`j`. */
		k: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`k`. */
		l: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`l`. */
		m: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`m`. */
		n: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`n`. */
		o: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`o`. */
		p: z.array(z.string().min(1)).min(1),
		/** Variants written blind and first held out, now developed against; never those of `a`–`p`. */
		q: z.array(z.string().min(1)).min(1),
		/** Held-out variants, written blind; never the same strings as `a`–`q`. */
		r: z.array(z.string().min(1)).min(1),
	})
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
		const leaks = (split: Exclude<WebSplit, 'a' | 'b'>, earlier: WebSplit[]) => {
			const seen = new Set(lists.flatMap((l) => earlier.flatMap((sp) => l[sp])));
			const shared = [...new Set(lists.flatMap((l) => l[split].filter((v) => seen.has(v))))];
			if (shared.length > 0)
				issues.addIssue({
					code: 'custom',
					message: `split ${split} must share no string with any ${earlier.join(' or ')} list: ${shared.join(' · ')}`,
				});
		};
		leaks('c', ['a', 'b']);
		leaks('d', ['a', 'b', 'c']);
		leaks('e', ['a', 'b', 'c', 'd']);
		leaks('f', ['a', 'b', 'c', 'd', 'e']);
		leaks('g', ['a', 'b', 'c', 'd', 'e', 'f']);
		leaks('h', ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
		leaks('i', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
		leaks('j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
		leaks('k', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
		leaks('l', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
		leaks('m', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
		leaks('n', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm']);
		leaks('o', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n']);
		leaks('p', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o']);
		leaks('q', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p']);
		leaks('r', [
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
		]);
	});
export type WebFurniture = z.output<typeof WebFurnitureSchema>;

/** Which part of the variants a page is made from. */
export type WebSplit =
	| 'a'
	| 'b'
	| 'c'
	| 'd'
	| 'e'
	| 'f'
	| 'g'
	| 'h'
	| 'i'
	| 'j'
	| 'k'
	| 'l'
	| 'm'
	| 'n'
	| 'o'
	| 'p'
	| 'q'
	| 'r';

export const WEB_SPLITS: readonly WebSplit[] = [
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
];

/** The split held out: written blind, scored but not developed against. */
export const HELD_OUT_SPLIT: WebSplit = 'r';

/** One split's view of the furniture: each family and pool with only that split's variants. */
export interface SplitFurniture {
	/** The split, for the formats written in code (file names, other dates) that differ in splits c–r. */
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
