import { compactKey } from './compact-key.ts';
import type { SourceLine } from './types.ts';

// Where each item the rules read off a web page stands on it again: its first and last paragraph's
// lines, found in page order, for the learned readings of its head (title, date) to look around.

/** Shortest paragraph (letters and figures) by which an item is found on its page. */
const MIN_FOUND = 6;
/** Opening paragraphs of an item kept with its place (what the head's features read of its text). */
export const BODY_LINES = 8;

/** A page's lines as letters and figures (`compactKey`), and how often each such key recurs. */
export interface PageKeys {
	keys: readonly string[];
	counts: ReadonlyMap<string, number>;
}

/** The keys of a page's lines, read once for all of its items. */
export function pageKeys(page: readonly SourceLine[]): PageKeys {
	const keys = page.map((l) => compactKey(l.text));
	const counts = new Map<string, number>();
	for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
	return { keys, counts };
}

/** One item's place on its page: where the item before ends, and its first and last paragraph. */
export interface ItemPlace {
	/** First page line after the item before. */
	from: number;
	/** Page line of the item's first paragraph. */
	first: number;
	/** Page line of its last paragraph (`first` when not found after it). */
	last: number;
	/** The first `BODY_LINES` paragraphs it was found by. */
	body: string[];
}

/**
 * Where page line `line` stands from the item at `place`, as the learned choices of the page's head
 * read it: lines from the item's first paragraph, then 1/0 for above the text (after the item
 * before), inside it, under it, and above the item before's end.
 */
export function placeFeatures(line: number, place: ItemPlace): number[] {
	const flag = (b: boolean) => (b ? 1 : 0);
	return [
		line - place.first,
		flag(line < place.first && line >= place.from),
		flag(line >= place.first && line <= place.last),
		flag(line > place.last),
		flag(line < place.from),
	];
}

/**
 * The paragraphs long enough to find an item by (`MIN_FOUND`): the first `BODY_LINES` of them and the
 * last; undefined when none is. Only those are compacted, not every paragraph between.
 */
function foundBody(paragraphs: readonly string[]): { opening: string[]; last: string } | undefined {
	const found = (p: string) => compactKey(p).length >= MIN_FOUND;
	const opening: string[] = [];
	let i = 0;
	for (; i < paragraphs.length && opening.length < BODY_LINES; i++)
		if (found(paragraphs[i]!)) opening.push(paragraphs[i]!);
	if (opening.length === 0) return undefined;
	let last = opening.at(-1)!;
	for (let j = paragraphs.length - 1; j >= i; j--)
		if (found(paragraphs[j]!)) {
			last = paragraphs[j]!;
			break;
		}
	return { opening, last };
}

/**
 * Index of the first page line from `from` on that prints `text` or its start (`keys`: each page
 * line compacted); -1 when none.
 */
function locate(keys: readonly string[], text: string, from: number): number {
	const key = compactKey(text);
	for (let i = from; i < keys.length; i++) {
		const k = keys[i]!;
		if (k === key || (k.length >= MIN_FOUND && key.startsWith(k))) return i;
	}
	return -1;
}

/**
 * The place of each item (its paragraphs) on the page, in page order; undefined for an item whose
 * text is not found. Each item is searched for from where the one before ended.
 */
export function locateWebItems(
	page: readonly SourceLine[],
	items: readonly { paragraphs: readonly string[] }[],
	{ keys }: PageKeys = pageKeys(page),
): (ItemPlace | undefined)[] {
	let from = 0;
	return items.map((item) => {
		const body = foundBody(item.paragraphs);
		if (body === undefined) return undefined;
		const first = locate(keys, body.opening[0]!, from);
		if (first < 0) return undefined;
		const found = locate(keys, body.last, first);
		const place = { from, first, last: Math.max(first, found), body: body.opening };
		from = place.last + 1;
		return place;
	});
}
