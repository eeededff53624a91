import { createIntTable, findSlot, slotOf, type IntTable } from './int-table.ts';

/**
 * A set of words as a trie over UTF-16 units, laid out in typed arrays: the root's children in a
 * table indexed by unit (one read turns away a unit that starts no word), every deeper edge in one
 * open-addressing table keyed by `node * 0x10000 + unit`. Walking it costs a few typed-array reads
 * per character, where a `Map` per node, or slicing each candidate to look it up in a set, costs a
 * hash of an object or a new string. Node 0 is the root; a node stands for one prefix of a word.
 */
export interface CharTrie {
	/** The child of the root for each UTF-16 unit, -1 when no word starts with it. */
	rootChild: Int32Array;
	/** Edges below the root, and the child each slot of `edges` leads to. */
	edges: IntTable;
	edgeChild: Int32Array;
	/** 1 at the nodes where a word ends. */
	wordEnd: Uint8Array;
}

// Edge keys stay within int32 (the table's key type) below this many nodes.
const MAX_NODES = 0x8000;

/**
 * The trie of `words` (empty strings are ignored).
 * @throws {TypeError} when the words make more than 32,767 nodes.
 */
export function buildCharTrie(words: Iterable<string>): CharTrie {
	const list = [...words];
	const units = list.reduce((n, w) => n + w.length, 0);
	const rootChild = new Int32Array(0x10000).fill(-1);
	const edges = createIntTable(units);
	const edgeChild = new Int32Array(edges.keys.length).fill(-1);
	const ends: number[] = [];
	let nodes = 1;
	for (const word of list) {
		if (word === '') continue;
		let node = 0;
		for (let i = 0; i < word.length; i++) {
			const code = word.charCodeAt(i);
			let child = childOf({ rootChild, edges, edgeChild }, node, code);
			if (child < 0) {
				if (nodes >= MAX_NODES)
					throw new TypeError(`the words make more than ${MAX_NODES - 1} trie nodes`);
				child = nodes++;
				if (node === 0) rootChild[code] = child;
				else edgeChild[slotOf(edges, node * 0x10000 + code)] = child;
			}
			node = child;
		}
		ends.push(node);
	}
	const wordEnd = new Uint8Array(nodes);
	for (const node of ends) wordEnd[node] = 1;
	return { rootChild, edges, edgeChild, wordEnd };
}

/** The node reached from `node` by the UTF-16 unit `code`, or -1 when no word goes on that way. */
export function childOf(trie: Omit<CharTrie, 'wordEnd'>, node: number, code: number): number {
	if (node === 0) return trie.rootChild[code] ?? -1;
	const slot = findSlot(trie.edges, node * 0x10000 + code);
	return slot < 0 ? -1 : (trie.edgeChild[slot] ?? -1);
}

/** The node of `word` (a word or a prefix of one), or -1 when it is neither. */
export function nodeOf(trie: CharTrie, word: string): number {
	let node = 0;
	for (let i = 0; i < word.length && node >= 0; i++) node = childOf(trie, node, word.charCodeAt(i));
	return node;
}
