import { openingSlot, surfaceOpenings, surfaceStarts, type PlaceIndex } from './place-index.ts';
import type { Segmenter } from './jieba/segmenter.ts';

/** Clause → its words, shared by the cuts of one article (a measure sentence repeats its paragraph's clauses). */
export type ClauseCuts = Map<string, readonly string[]>;

// jieba splits its input at whitespace, '，' and '。' and cuts each piece on its own (cppjieba's
// PreFilter with SPECIAL_SEPARATORS), and every non-space separator comes out as a word of its own.
const COMMA = 0xff0c;
const FULL_STOP = 0x3002;

/** Whether some gazetteer surface occurs in `text` (a place mention can only be made of one). */
export function containsPlaceSurface(text: string, index: PlaceIndex): boolean {
	const openings = surfaceOpenings(index);
	if (openings === null) return true;
	// The 64 KiB table of first units turns most characters away before the 1 MiB pair filter is
	// read, and a candidate grows only while it is still the prefix of some surface.
	const starts = surfaceStarts(index);
	for (let i = 0; i + 1 < text.length; i++) {
		const first = text.charCodeAt(i);
		if (starts[first] !== 1 || openings[openingSlot(first, text.charCodeAt(i + 1))] !== 1) continue;
		const last = Math.min(text.length, i + index.longest);
		for (let end = i + 2; end <= last; end++) {
			const candidate = text.slice(i, end);
			if (index.bySurface.has(candidate)) return true;
			if (!index.prefixes.has(candidate)) break;
		}
	}
	return false;
}

/**
 * The segmenter's words of `text` for `findPlaceMentions`: clauses (between '，' and '。') that
 * contain a gazetteer surface are cut, every other clause stays one opaque word. jieba cuts each
 * clause as it would inside the whole text, so the mentions found are the same as with
 * `segmenter.cut(text)`: a mention is a surface, an opaque clause holds none, and the '，'/'。'
 * around it keep its neighbours' words as they were. Cuts are memoised in `cache` when given
 * (only those: few clauses come twice, and remembering every plain one cost more than it saved).
 */
export function cutForPlaces(
	text: string,
	segmenter: Segmenter,
	index: PlaceIndex,
	cache?: ClauseCuts,
): string[] {
	const words: string[] = [];
	const take = (clause: string) => {
		if (!containsPlaceSurface(clause, index)) {
			if (clause.trim() !== '') words.push(clause);
			return;
		}
		let cut = cache?.get(clause);
		if (!cut) {
			cut = segmenter.cut(clause);
			cache?.set(clause, cut);
		}
		for (const word of cut) words.push(word);
	};
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== COMMA && code !== FULL_STOP) continue;
		take(text.slice(start, i));
		words.push(code === COMMA ? '，' : '。');
		start = i + 1;
	}
	take(text.slice(start));
	return words;
}
