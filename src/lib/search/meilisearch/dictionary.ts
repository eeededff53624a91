import type { Segmenter } from '../../nlp/jieba/segmenter.ts';
import { isMeasureDocument } from '../to-search-document.ts';
import type { SearchDocument } from '../types.ts';
import { readIndexBuild } from '../../schema/index-build.ts';

/** Length bounds of a dictionary unit: shorter ones are ordinary words, longer ones are sentences. */
const { min: MIN_LENGTH, max: MAX_LENGTH } = readIndexBuild().meilisearchDictionary;

/** Start and end offsets of the segmenter's words in `text`. */
function boundaries(text: string, segmenter: Segmenter): Set<number> {
	const out = new Set<number>([0]);
	let at = 0;
	for (const word of segmenter.cut(text)) {
		const found = text.indexOf(word, at);
		if (found < 0) continue;
		out.add(found);
		at = found + word.length;
		out.add(at);
	}
	return out;
}

/**
 * True when every occurrence of `unit` in `text` starts and ends where the segmenter's own words do,
 * so matching it first (as Meilisearch does with its `dictionary`) cuts no neighbouring word apart.
 */
export function keepsWordsWhole(unit: string, text: string, segmenter: Segmenter): boolean {
	let at = text.indexOf(unit);
	if (at < 0) return true;
	const edges = boundaries(text, segmenter);
	for (; at >= 0; at = text.indexOf(unit, at + 1))
		if (!edges.has(at) || !edges.has(at + unit.length)) return false;
	return true;
}

/**
 * Quoted slogans of the articles that can go into Meilisearch's `dictionary`: whole units (3–12
 * letters or digits, such as 最多跑一次) that, in the text that quotes them, start and end on the
 * segmenter's word boundaries. Place names are left to jieba: a dictionary entry is matched before
 * jieba runs, so a stem such as 范县 would cut 示范县 into 示|范县.
 */
export function dictionaryWords(docs: readonly SearchDocument[], segmenter: Segmenter): string[] {
	const out = new Set<string>();
	for (const doc of docs) {
		if (isMeasureDocument(doc)) continue;
		const text = `${doc.title}\n${doc.body}`;
		for (const slogan of doc.slogans) {
			if (out.has(slogan)) continue;
			if (slogan.length < MIN_LENGTH || slogan.length > MAX_LENGTH) continue;
			if (!/^[\p{L}\p{N}]+$/u.test(slogan)) continue;
			if (keepsWordsWhole(slogan, text, segmenter)) out.add(slogan);
		}
	}
	return [...out];
}
