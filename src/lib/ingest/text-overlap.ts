import type { SourceLine } from './types.ts';

/** Distinct bigrams (two UTF-16 units, as one number) of the Han characters of a text. */
export function bigramSet(text: string): Set<number> {
	const han = text.replace(/[^\p{Script=Han}]/gu, '');
	const out = new Set<number>();
	for (let i = 0; i + 1 < han.length; i++)
		out.add(han.charCodeAt(i) * 0x10000 + han.charCodeAt(i + 1));
	return out;
}

/** Share of the bigrams of `a` that are also in `b`; 0 when `a` has none. */
export function shareIn(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
	if (a.size === 0) return 0;
	let hit = 0;
	for (const g of a) if (b.has(g)) hit++;
	return hit / a.size;
}

/** Share of the line's character bigrams that occur in the paragraphs. */
export function overlap(line: string, paragraphs: SourceLine[]): number {
	return shareIn(bigramSet(line), bigramSet(paragraphs.map((p) => p.text).join('')));
}
