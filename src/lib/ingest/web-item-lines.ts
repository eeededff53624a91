import type { SourceLine } from './types.ts';

// Where each item the rules read off a web page stands on it again: its first and last paragraph's
// lines, found in page order, for the learned readings of its head (title, date) to look around.

/** Letters and figures of a line, the key by which an item's paragraphs are found on the page. */
export const compactLine = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
/** Shortest paragraph (letters and figures) by which an item is found on its page. */
const MIN_FOUND = 6;

/** One item's place on its page: where the item before ends, and its first and last paragraph. */
export interface ItemPlace {
	/** First page line after the item before. */
	from: number;
	/** Page line of the item's first paragraph. */
	first: number;
	/** Page line of its last paragraph (`first` when not found after it). */
	last: number;
	/** The paragraphs it was found by. */
	body: string[];
}

/**
 * Index of the first page line from `from` on that prints `text` or its start (`keys`: each page
 * line compacted); -1 when none.
 */
function locate(keys: readonly string[], text: string, from: number): number {
	const key = compactLine(text);
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
): (ItemPlace | undefined)[] {
	// Compacted once per page: every item searches the page from where the one before ended.
	const keys = page.map((l) => compactLine(l.text));
	let from = 0;
	return items.map((item) => {
		const body = item.paragraphs.filter((p) => compactLine(p).length >= MIN_FOUND);
		if (body.length === 0) return undefined;
		const first = locate(keys, body[0]!, from);
		if (first < 0) return undefined;
		const found = locate(keys, body[body.length - 1]!, first);
		const place = { from, first, last: Math.max(first, found), body };
		from = place.last + 1;
		return place;
	});
}
