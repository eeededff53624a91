import type { SourceLine } from './types.ts';

/** Distinct bigrams of the Han characters of a text. */
function bigrams(text: string): Set<string> {
	const han = text.replace(/[^\p{Script=Han}]/gu, '');
	const out = new Set<string>();
	for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
	return out;
}

/** Share of the line's character bigrams that occur in the paragraphs. */
export function overlap(line: string, paragraphs: SourceLine[]): number {
	const a = bigrams(line);
	if (a.size === 0) return 0;
	const b = bigrams(paragraphs.map((p) => p.text).join(''));
	let hit = 0;
	for (const g of a) if (b.has(g)) hit++;
	return hit / a.size;
}
