import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { buildCharTrie, nodeOf } from './char-trie.ts';
import { getPlaceIndex } from './place-index.ts';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));

test('字典树认出每个词和词的前缀，别的都不认', () => {
	const trie = buildCharTrie(['峄城', '峄城区', '枣庄市', '']);
	const isWord = (s: string) => {
		const node = nodeOf(trie, s);
		return node >= 0 && trie.wordEnd[node] === 1;
	};
	expect(['峄城', '峄城区', '枣庄市'].map(isWord)).toEqual([true, true, true]);
	expect(['峄', '枣庄'].map((p) => [nodeOf(trie, p) > 0, isWord(p)])).toEqual([
		[true, false],
		[true, false],
	]);
	expect(['城区', '枣庄市区', '市'].map((s) => nodeOf(trie, s))).toEqual([-1, -1, -1]);
});

test('样例新闻稿的每个子串：地名字典树与地名表的判断相同', () => {
	const index = getPlaceIndex();
	const trie = buildCharTrie(index.bySurface.keys());
	let words = 0;
	const wrong: string[] = [];
	for (const file of readdirSync(SOURCES)) {
		const text = readFileSync(join(SOURCES, file), 'utf8');
		for (let i = 0; i < text.length; i++)
			for (let end = i + 1; end <= Math.min(text.length, i + index.longest); end++) {
				const s = text.slice(i, end);
				const node = nodeOf(trie, s);
				if (node >= 0 !== (index.bySurface.has(s) || index.prefixes.has(s))) wrong.push(s);
				if ((node >= 0 && trie.wordEnd[node] === 1) !== index.bySurface.has(s)) wrong.push(s);
				if (index.bySurface.has(s)) words++;
			}
	}
	expect(wrong).toEqual([]);
	expect(words).toBeGreaterThan(20);
});
