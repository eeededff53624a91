import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** nodejieba's bundled main dictionary as word → frequency and part-of-speech tag. */
export function jiebaLexicon(): Map<string, { freq: number; tag: string }> {
	const path = createRequire(import.meta.url).resolve(
		'nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
	);
	const lexicon = new Map<string, { freq: number; tag: string }>();
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const [word, freq, tag] = line.split(' ');
		if (word && freq) lexicon.set(word, { freq: Number(freq), tag: tag ?? '' });
	}
	return lexicon;
}
