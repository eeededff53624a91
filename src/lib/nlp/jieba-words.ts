import { mergeNumberTokens } from './merge-number-tokens.ts';

/**
 * The project's finishing of jieba's raw output, shared by nodejieba and the port: whitespace
 * tokens dropped, the pieces of a number (591, 5.8, 99.3%) joined.
 */
export function finishJiebaWords(words: readonly string[]): string[] {
	return mergeNumberTokens(words.filter((t) => t.trim() !== ''));
}
