/**
 * Cuts Chinese text into words. `nodejieba-segmenter.ts` is the only implementation that touches
 * nodejieba; `port-segmenters.ts` ports its algorithms over the same dictionaries (read from a
 * compiled copy, or held whole in memory) and cuts identically; tests may pass a fake. Index time
 * and query time must cut identically (the same instance, or nodejieba and its port). Which one
 * runs where: README.md in this folder.
 */
export interface Segmenter {
	/**
	 * Precise mode, for tagging: words of `text` in order, whitespace dropped; concatenating them
	 * gives back the non-space text. Place names and numbers (591, 5.8, 99.3%) are never split.
	 */
	cut(text: string): string[];
	/**
	 * Search mode, for indexing and querying: the precise words, each long word preceded by the
	 * dictionary words inside it (营商环境 → 营商, 环境, 营商环境). Optional so fakes stay small;
	 * callers fall back to `cut`.
	 */
	cutForSearch?(text: string): string[];
}

/** `segmenter.cutForSearch(text)` when the segmenter has a search mode, else `segmenter.cut(text)`. */
export function cutForSearch(segmenter: Segmenter, text: string): string[] {
	return segmenter.cutForSearch ? segmenter.cutForSearch(text) : segmenter.cut(text);
}

/** A segmenter that calls `load` on its first cut (and never before), then delegates to what it returned. */
export function lazySegmenter(load: () => Segmenter): Segmenter {
	let loaded: Segmenter | undefined;
	const get = () => (loaded ??= load());
	return {
		cut: (text) => get().cut(text),
		cutForSearch: (text) => cutForSearch(get(), text),
	};
}
