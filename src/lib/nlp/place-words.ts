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
	return hasSurface(text, index, surfaceStarts(index), surfaceOpenings(index));
}

/** `containsPlaceSurface` with the index's filters looked up once by the caller. */
function hasSurface(
	text: string,
	index: PlaceIndex,
	starts: Uint8Array,
	openings: Uint8Array | null,
): boolean {
	if (openings === null) return true;
	// The 64 KiB table of first units turns most characters away before the 1 MiB pair filter is
	// read, and a candidate grows only while it is still the prefix of some surface.
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
 * around it keep its neighbours' words as they were. The clauses to cut are cut in one call (see
 * `cutTogether`). Cuts are memoised in `cache` when given (only those: few clauses come twice, and
 * remembering every plain one cost more than it saved).
 */
export function cutForPlaces(
	text: string,
	segmenter: Segmenter,
	index: PlaceIndex,
	cache?: ClauseCuts,
): string[] {
	const starts = surfaceStarts(index);
	const openings = surfaceOpenings(index);
	const clauses: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== COMMA && code !== FULL_STOP) continue;
		clauses.push(text.slice(start, i));
		start = i + 1;
	}
	clauses.push(text.slice(start));
	// Each clause's words when it names a place; undefined leaves it one word.
	const cuts: (readonly string[] | undefined)[] = [];
	const pending: number[] = [];
	for (const [i, clause] of clauses.entries()) {
		if (!hasSurface(clause, index, starts, openings)) continue;
		cuts[i] = cache?.get(clause);
		if (cuts[i] === undefined) pending.push(i);
	}
	const fresh = cutTogether(
		pending.map((i) => clauses[i] ?? ''),
		segmenter,
	);
	pending.forEach((i, k) => {
		const words = fresh[k] ?? [];
		cuts[i] = words;
		cache?.set(clauses[i] ?? '', words);
	});
	const words: string[] = [];
	let at = 0;
	for (const [i, clause] of clauses.entries()) {
		const cut = cuts[i];
		if (cut) for (const word of cut) words.push(word);
		else if (clause.trim() !== '') words.push(clause);
		at += clause.length;
		if (at < text.length) words.push(text.charCodeAt(at) === COMMA ? '，' : '。');
		at++;
	}
	return words;
}

/**
 * The words of each of `clauses` (none holding '，' or '。'), as `segmenter.cut` gives them one by
 * one, from one cut of them joined by '，': jieba cuts each piece between separators on its own and
 * returns the separator as a word, so the pieces come apart there (each native call has a cost of
 * its own). A segmenter whose words do not come apart one group per clause cuts them one by one.
 */
export function cutTogether(clauses: readonly string[], segmenter: Segmenter): string[][] {
	if (clauses.length < 2) return clauses.map((clause) => segmenter.cut(clause));
	const groups: string[][] = [[]];
	for (const word of segmenter.cut(clauses.join('，'))) {
		if (word === '，') groups.push([]);
		else groups.at(-1)?.push(word);
	}
	return groups.length === clauses.length ? groups : clauses.map((c) => segmenter.cut(c));
}
