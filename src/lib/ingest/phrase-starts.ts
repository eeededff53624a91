/**
 * A list of phrases indexed by their first UTF-16 unit, so that asking whether a text starts with
 * one of them tries only those that begin as the text does, not the whole list (of about 200).
 */
export type PhraseStarts = ReadonlyMap<number, readonly string[]>;

const cache = new WeakMap<readonly string[], PhraseStarts>();

/** The index of `phrases` (non-empty strings), built once per list. */
export function phraseStarts(phrases: readonly string[]): PhraseStarts {
	let index = cache.get(phrases);
	if (index === undefined) {
		const byFirst = new Map<number, string[]>();
		for (const p of phrases) {
			if (p === '') throw new TypeError('`phraseStarts` takes non-empty phrases');
			const list = byFirst.get(p.charCodeAt(0)) ?? [];
			list.push(p);
			byFirst.set(p.charCodeAt(0), list);
		}
		index = byFirst;
		cache.set(phrases, index);
	}
	return index;
}

/**
 * Whether `text` starts with one of the indexed phrases for which `accept(phrase)` holds: the same
 * answer as `phrases.some((p) => accept(p) && text.startsWith(p))`.
 */
export function startsWithPhrase(
	index: PhraseStarts,
	text: string,
	accept: (phrase: string) => boolean,
): boolean {
	const list = text === '' ? undefined : index.get(text.charCodeAt(0));
	return list !== undefined && list.some((p) => accept(p) && text.startsWith(p));
}
