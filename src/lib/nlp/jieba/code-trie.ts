import type { TrieEntry } from './dictionary.ts';
import { NODE_PREFIX, NODE_SINGLE, NODE_WORD } from './trie-build.ts';

/** The root's node number; no key leads to it, so 0 also marks "no child". */
const ROOT = 0;
/** Code points below this have the root's child in a direct table. */
const DIRECT = 0x10000;

/**
 * cppjieba's trie over code points in flat typed arrays: node `ROOT` is the empty key, children
 * are found in one open-addressing table of (parent, code, child) slots, and a walk allocates
 * nothing. A large trie (`directRoot`) keeps the root's children along BMP code points in a direct
 * table (256 KB) as well, since every position of a text starts a walk there. Flags are
 * `trie-build.ts`'s NODE_* bits; a node created only as a prefix has none set.
 */
export class CodeTrie {
	flags = new Uint8Array(16);
	weights = new Float64Array(16);
	private size = 1;
	/** Root child by BMP code point (empty without `directRoot`). */
	private readonly rootChildren: Int32Array;
	/** Three numbers per slot: parent, code point, child (0: empty). */
	private slots = new Int32Array(3 * 32);

	constructor(options: { directRoot?: boolean } = {}) {
		this.rootChildren = new Int32Array(options.directRoot ? DIRECT : 0);
	}

	/** The child of `node` along `code`, or -1. */
	next(node: number, code: number): number {
		if (node === ROOT && code < this.rootChildren.length) return this.rootChildren[code]! || -1;
		const slots = this.slots;
		const mask = slots.length / 3 - 1;
		for (let slot = slotOf(node, code) & mask; ; slot = (slot + 1) & mask) {
			const child = slots[3 * slot + 2]!;
			if (child === 0) return -1;
			if (slots[3 * slot] === node && slots[3 * slot + 1] === code) return child;
		}
	}

	/** The node of `key`'s code points, creating it and its missing prefixes. */
	insert(key: string): number {
		let node = ROOT;
		for (let i = 0; i < key.length;) {
			const code = key.codePointAt(i)!;
			i += code > 0xffff ? 2 : 1;
			const child = this.next(node, code);
			node = child === -1 ? this.add(node, code) : child;
		}
		return node;
	}

	private add(parent: number, code: number): number {
		if (this.size === this.flags.length) {
			this.flags = grown(this.flags, 2 * this.size);
			this.weights = grown(this.weights, 2 * this.size);
		}
		const node = this.size++;
		if (parent === ROOT && code < this.rootChildren.length) {
			this.rootChildren[code] = node;
			return node;
		}
		// At most half full, so probes stay short.
		if (6 * this.size > this.slots.length) this.rehash(2 * (this.slots.length / 3));
		this.place(parent, code, node);
		return node;
	}

	private place(parent: number, code: number, child: number): void {
		const slots = this.slots;
		const mask = slots.length / 3 - 1;
		let slot = slotOf(parent, code) & mask;
		while (slots[3 * slot + 2] !== 0) slot = (slot + 1) & mask;
		slots[3 * slot] = parent;
		slots[3 * slot + 1] = code;
		slots[3 * slot + 2] = child;
	}

	private rehash(count: number): void {
		const old = this.slots;
		this.slots = new Int32Array(3 * count);
		for (let s = 0; s < old.length; s += 3)
			if (old[s + 2] !== 0) this.place(old[s]!, old[s + 1]!, old[s + 2]!);
	}
}

function slotOf(node: number, code: number): number {
	let h = Math.imul(node, 0x9e3779b1) ^ code;
	h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
	return h ^ (h >>> 13);
}

function grown<T extends Uint8Array | Float64Array>(array: T, length: number): T {
	const out = new (array.constructor as new (n: number) => T)(length);
	out.set(array);
	return out;
}

/** A CodeTrie of the entries read for one text (`JiebaDictionary.lookup`). */
export function codeTrieFromEntries(entries: ReadonlyMap<string, TrieEntry>): CodeTrie {
	const trie = new CodeTrie();
	for (const [key, entry] of entries) {
		const node = trie.insert(key);
		trie.flags[node] =
			(entry.word ? NODE_WORD : 0) |
			(entry.prefix ? NODE_PREFIX : 0) |
			(entry.single ? NODE_SINGLE : 0);
		trie.weights[node] = entry.weight;
	}
	return trie;
}
