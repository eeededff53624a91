import { oncePer } from '../once-per.ts';

/**
 * A list of phrases indexed by their first UTF-16 unit, so that asking whether a text starts with
 * one of them tries only those that begin as the text does, not the whole list (of about 200).
 */
export type PhraseStarts = ReadonlyMap<number, readonly string[]>;

/** The index of `phrases` (non-empty strings), built once per list. */
export const phraseStarts = oncePer((phrases: readonly string[]): PhraseStarts => {
	const byFirst = new Map<number, string[]>();
	for (const p of phrases) {
		if (p === '') throw new TypeError('`phraseStarts` takes non-empty phrases');
		const list = byFirst.get(p.charCodeAt(0)) ?? [];
		list.push(p);
		byFirst.set(p.charCodeAt(0), list);
	}
	return byFirst;
});

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
