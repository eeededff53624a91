import { mergeNumberTokens } from './merge-number-tokens.ts';

/**
 * The project's finishing of jieba's raw output, shared by nodejieba and the port: whitespace
 * tokens dropped, the pieces of a number (591, 5.8, 99.3%) joined.
 */
export function finishJiebaWords(words: readonly string[]): string[] {
	const kept: string[] = [];
	for (const w of words) {
		// Most words start with a Han character or printable ASCII: no need to trim those.
		const c = w.charCodeAt(0);
		const plain = c > 0x20 && c !== 0xa0 && (c < 0x1680 || (c >= 0x4e00 && c <= 0x9fff));
		if (plain || w.trim() !== '') kept.push(w);
	}
	return mergeNumberTokens(kept);
}
