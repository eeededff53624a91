import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { allDivisions } from '../geo/gazetteer.ts';

/** How the search development set draws its slice of the shared corpus (ids only, text read at run time). */
export const CorpusSliceSpecSchema = z.object({
	/** Seed mixed into every row's hash, so the slice is fixed and a new seed draws a new one. */
	seed: z.string().min(1),
	/** Source name → how many rows to draw from it. */
	quota: z.record(z.string(), z.number().int().positive()),
	/** Rows whose text is shorter than this are never drawn (fragments, captions). */
	minChars: z.number().int().nonnegative(),
	/** How many characters of the start of the text count as its lead. */
	leadChars: z.number().int().positive(),
	/** How much likelier a row is drawn when its title or lead names a province-level division. */
	domesticWeight: z.number().positive(),
});
export type CorpusSliceSpec = z.output<typeof CorpusSliceSpecSchema>;

/** The fields of a corpus row the draw looks at. */
interface SliceCandidate {
	id: string;
	source: string;
	title: string;
	text: string;
}

const PROVINCE_NAMES = allDivisions()
	.filter((d) => d.level === 'province')
	.flatMap((d) => [d.name, d.shortName]);

/** Whether the title or lead names a province, region or municipality of China. */
export function namesProvince(row: SliceCandidate, leadChars: number): boolean {
	const head = `${row.title}\n${row.text.slice(0, leadChars)}`;
	return PROVINCE_NAMES.some((name) => head.includes(name));
}

/** A uniform number in (0, 1) from the seed and the id. */
export function seededUniform(seed: string, id: string): number {
	const digest = createHash('sha1').update(seed).update('\0').update(id).digest();
	return (digest.readUInt32BE(0) + 0.5) / 2 ** 32;
}

/**
 * Draws a weighted sample without replacement per source (Efraimidis–Spirakis: key u^(1/w), the
 * largest keys win), so the slice depends only on the seed and the rows, not on their order.
 * Returns the drawn ids, sorted.
 */
export function drawSlice(rows: Iterable<SliceCandidate>, spec: CorpusSliceSpec): string[] {
	const keyed = new Map<string, { id: string; key: number }[]>();
	for (const row of rows) {
		if (!(row.source in spec.quota) || row.text.length < spec.minChars) continue;
		const weight = namesProvince(row, spec.leadChars) ? spec.domesticWeight : 1;
		const key = seededUniform(spec.seed, row.id) ** (1 / weight);
		const list = keyed.get(row.source) ?? [];
		list.push({ id: row.id, key });
		keyed.set(row.source, list);
	}
	const drawn: string[] = [];
	for (const [source, list] of keyed) {
		list.sort((a, b) => b.key - a.key);
		drawn.push(...list.slice(0, spec.quota[source]).map((r) => r.id));
	}
	return drawn.sort();
}
