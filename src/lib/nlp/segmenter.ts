/**
 * Cuts Chinese text into words. `jieba-segmenter.ts` is the only implementation that touches
 * nodejieba; tests may pass a fake. The same instance (same dictionary) must be used at index
 * time and at query time.
 */
export interface Segmenter {
	/** Words of `text` in order, whitespace dropped; concatenating them gives back the non-space text. */
	cut(text: string): string[];
}
