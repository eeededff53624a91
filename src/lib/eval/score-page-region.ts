import { getDivision, isWithin, NATIONAL_CODE } from '../geo/gazetteer.ts';

/** How a primary region can be wrong, in the classes of issue 12. */
export const REGION_ERROR_CLASSES = [
	'national given a local code',
	'local given 000000',
	'province/city above the gold place',
	'too fine',
	'other province',
	'elsewhere in the province',
] as const;
export type RegionErrorClass = (typeof REGION_ERROR_CLASSES)[number];

/** The gold region of one article: its primary code and the others a careful reader accepts. */
export interface GoldRegion {
	region: string;
	regions_any: readonly string[];
}

/** Whether `code` is the gold region or one of its accepted alternatives. */
export function regionMatches(gold: GoldRegion, code: string): boolean {
	return code === gold.region || gold.regions_any.includes(code);
}

const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

/**
 * What is wrong with `predicted` as the primary region of an article whose gold is `gold`, or null
 * when it is right. A code above the gold place (its province or city) is "above"; one inside it is
 * "too fine"; otherwise the province decides between another province and elsewhere in the same one.
 */
export function regionErrorClass(gold: GoldRegion, predicted: string): RegionErrorClass | null {
	if (regionMatches(gold, predicted)) return null;
	if (gold.region === NATIONAL_CODE) return 'national given a local code';
	if (predicted === NATIONAL_CODE) return 'local given 000000';
	const accepted = [gold.region, ...gold.regions_any].filter((c) => c !== NATIONAL_CODE);
	if (accepted.some((c) => isWithin(c, predicted))) return 'province/city above the gold place';
	if (accepted.some((c) => isWithin(predicted, c))) return 'too fine';
	const known = getDivision(predicted) !== undefined;
	if (!known || accepted.every((c) => provinceOf(c) !== provinceOf(predicted)))
		return 'other province';
	return 'elsewhere in the province';
}

/** Han characters, letters and digits only: punctuation and layout say nothing about which text it is. */
const compact = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

/** The set of character bigrams of a text (its compact form). */
export function charBigrams(text: string): Set<string> {
	const t = compact(text);
	const out = new Set<string>();
	for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
	return out;
}

/** Dice coefficient of two bigram sets: 1 for the same text, 0 for nothing shared. */
export function bigramDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const g of a) if (b.has(g)) shared++;
	return (2 * shared) / (a.size + b.size);
}

/** The extracted item that holds a gold article, with how well their texts agree. */
export interface ItemMatch<T> {
	item: T;
	/** Dice coefficient of the two bodies' character bigrams. */
	overlap: number;
	/** Share of the item's bigrams that are not the gold article's: text from its neighbours. */
	foreign: number;
}

/**
 * The item among `items` whose body best matches `goldText` by character-bigram overlap, or null
 * when none shares any text with it. Ties go to the earlier item.
 */
export function matchItem<T extends { title: string; body: string }>(
	goldText: string,
	items: readonly T[],
): ItemMatch<T> | null {
	const gold = charBigrams(goldText);
	let best: ItemMatch<T> | null = null;
	for (const item of items) {
		const own = charBigrams(`${item.title}\n${item.body}`);
		const overlap = bigramDice(gold, own);
		if (overlap > 0 && (best === null || overlap > best.overlap)) {
			let foreignCount = 0;
			for (const g of own) if (!gold.has(g)) foreignCount++;
			best = { item, overlap, foreign: own.size === 0 ? 0 : foreignCount / own.size };
		}
	}
	return best;
}
