import { readFileSync } from 'node:fs';
import { nodejiebaDictFile } from './inputs.ts';

/** nodejieba's bundled main dictionary as word → frequency and part-of-speech tag. */
export function jiebaLexicon(): Map<string, { freq: number; tag: string }> {
	const lexicon = new Map<string, { freq: number; tag: string }>();
	for (const line of readFileSync(nodejiebaDictFile('jieba.dict.utf8'), 'utf8').split('\n')) {
		const [word, freq, tag] = line.split(' ');
		if (word && freq) lexicon.set(word, { freq: Number(freq), tag: tag ?? '' });
	}
	return lexicon;
}
