import type { FurnitureKind, FurnitureLine } from './furnish-page.ts';

/** What the splitter made of a dressed page, one entry per item. */
interface FurnishedItem {
	title: string;
	kicker?: string;
	subtitle?: string;
	kind: string;
	paragraphs: string[];
}

/** Counts over many dressed pages. */
export interface FurnitureScores {
	/** News items that hold no furniture line in their title or text. */
	clean: { hits: number; total: number };
	/** Furniture lines laid, by kind. */
	laid: Record<FurnitureKind, number>;
	/** Furniture lines found in a news item's title or text, by kind. */
	left: Record<FurnitureKind, number>;
	/** News items made of furniture only (a page header or navigation read as an article). */
	furnitureItems: number;
	/** A few failures, as `page: what`, for reading. */
	examples: string[];
}

const KINDS: FurnitureKind[] = ['header', 'navigation', 'editors', 'caption'];
const MAX_EXAMPLES = 16;
/** Shortest furniture line (in letters and digits) that is looked for inside a longer line. */
const MIN_INSIDE = 8;

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** Creates an empty score sheet. */
export function emptyFurnitureScores(): FurnitureScores {
	const byKind = () =>
		Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<FurnitureKind, number>;
	return {
		clean: { hits: 0, total: 0 },
		laid: byKind(),
		left: byKind(),
		furnitureItems: 0,
		examples: [],
	};
}

/** True when a line of an item holds the furniture line (as itself, or inside a longer line). */
function holds(lines: string[], furniture: string): boolean {
	const f = compact(furniture);
	if (f === '') return false;
	return lines.some((l) => {
		const c = compact(l);
		return c === f || (f.length >= MIN_INSIDE && c.includes(f));
	});
}

/**
 * Scores one dressed page: a news item is clean when none of the page's furniture lines is in
 * its title, kicker, subtitle or paragraphs. Items of another kind (a photo item made of a
 * caption) are not counted; a news item made of furniture alone is counted apart as well.
 */
export function scoreFurniture(
	key: string,
	furniture: FurnitureLine[],
	items: FurnishedItem[],
	s: FurnitureScores,
): void {
	for (const f of furniture) s.laid[f.kind]++;
	for (const item of items) {
		if (item.kind !== 'news') continue;
		const lines = [item.kicker, item.title, item.subtitle, ...item.paragraphs].filter(
			(l): l is string => l !== undefined,
		);
		const found = furniture.filter((f) => holds(lines, f.text));
		s.clean.total++;
		if (found.length === 0) {
			s.clean.hits++;
			continue;
		}
		for (const f of found) s.left[f.kind]++;
		const furnitureOnly = lines.every((l) => furniture.some((f) => holds([l], f.text)));
		if (furnitureOnly) s.furnitureItems++;
		if (s.examples.length < MAX_EXAMPLES)
			s.examples.push(
				`${key}: 「${item.title}」 holds ${found.map((f) => `${f.kind} 「${f.text}」`).join(', ')}`,
			);
	}
}
