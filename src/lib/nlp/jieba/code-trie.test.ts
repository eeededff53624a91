import { expect, test } from 'vitest';
import { CodeTrie, codeTrieFromEntries } from './code-trie.ts';
import { NODE_PREFIX, NODE_WORD } from './trie-build.ts';

/** The node reached by walking `key`'s code points from the root, or -1. */
function walk(trie: CodeTrie, key: string): number {
	let node = 0;
	for (const ch of key) if (node !== -1) node = trie.next(node, ch.codePointAt(0)!);
	return node;
}

test('插入的词及其前缀都可沿码位走到，其他的走不到', () => {
	const trie = new CodeTrie();
	const node = trie.insert('营商环境');
	expect(walk(trie, '营商环境')).toBe(node);
	expect(walk(trie, '营商')).not.toBe(-1);
	expect(walk(trie, '营商环保')).toBe(-1);
	expect(walk(trie, '环境')).toBe(-1);
	expect(trie.insert('营商环境')).toBe(node);
});

test('BMP 之外的字（𠮷）和上万个节点（扩容重排后）都找得到', () => {
	const trie = new CodeTrie();
	const keys = Array.from(
		{ length: 20_000 },
		(_, i) => `𠮷${String.fromCodePoint(0x4e00 + (i % 500))}${i}`,
	);
	const nodes = keys.map((k) => trie.insert(k));
	expect(keys.map((k) => walk(trie, k))).toEqual(nodes);
	expect(new Set(nodes).size).toBe(keys.length);
});

test('由词典条目建成的字典树保留词、前缀标记和权重', () => {
	const trie = codeTrieFromEntries(
		new Map([
			['营', { word: false, weight: Number.NaN, prefix: true, single: false }],
			['营商', { word: true, weight: -9.5, prefix: false, single: false }],
		]),
	);
	const node = walk(trie, '营商');
	expect(trie.flags[node]).toBe(NODE_WORD);
	expect(trie.weights[node]).toBe(-9.5);
	expect(trie.flags[walk(trie, '营')]).toBe(NODE_PREFIX);
});
