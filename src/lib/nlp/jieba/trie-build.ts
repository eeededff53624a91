import { readFileSync } from 'node:fs';
import { atof, atoi, getLines, limonpSplit } from './cppjieba-text.ts';
import type { JiebaInputs } from './inputs.ts';

/** Flag bits of a trie node. */
export const NODE_WORD = 1;
/** Some longer word starts with the node's key (the node has children). */
export const NODE_PREFIX = 2;
/** A one-rune word of the user dictionary (MixSegment keeps it out of the HMM). */
export const NODE_SINGLE = 4;

/** cppjieba's trie as flat arrays: every node's key, flags and weight (meaningful on words). */
export interface BuiltTrie {
	/** Node index by key. */
	nodes: Map<string, number>;
	flags: number[];
	/** log-probability; NaN where cppjieba's would be (a negative user frequency). */
	weights: number[];
	/** Weight of a character that is no word: the main dictionary's smallest. */
	minWeight: number;
}

/**
 * The trie cppjieba's DictTrie builds: main-dictionary weights log(freq / sum of the main
 * dictionary's frequencies); user words log(freq / that sum), or the median main weight without a
 * frequency; a later entry for the same word replaces the earlier one.
 */
export function buildJiebaTrie(inputs: JiebaInputs): BuiltTrie {
	const lines = getLines(readFileSync(inputs.mainDictPath, 'utf8'));
	const words: string[] = new Array<string>(lines.length);
	const unitWeights = new Float64Array(lines.length);
	let sum = 0;
	for (const [i, line] of lines.entries()) {
		const buf = limonpSplit(line, ' ');
		words[i] = buf[0] ?? '';
		unitWeights[i] = atof(buf[1] ?? '');
		sum += unitWeights[i];
	}
	for (let i = 0; i < unitWeights.length; i++) unitWeights[i] = Math.log(unitWeights[i]! / sum);
	const sorted = Float64Array.from(unitWeights).sort();
	const trie: BuiltTrie = { nodes: new Map(), flags: [], weights: [], minWeight: sorted[0]! };
	for (const [i, word] of words.entries()) insertWord(trie, word, unitWeights[i]!);
	// DictTrie's default WordWeightMedian: user words without a frequency get the median.
	const defaultWeight = sorted[Math.floor(sorted.length / 2)]!;
	const singles: string[] = [];
	for (const line of getLines(inputs.userDict.toWellFormed())) {
		if (line.length === 0) continue;
		const buf = limonpSplit(line, ' ');
		if (buf.length > 3) continue;
		const word = buf[0]!;
		insertWord(trie, word, buf.length === 3 ? Math.log(atoi(buf[1]!) / sum) : defaultWeight);
		if ([...word].length === 1) singles.push(word);
	}
	for (const ch of singles) trie.flags[trie.nodes.get(ch)!]! |= NODE_SINGLE;
	return trie;
}

function nodeOf(trie: BuiltTrie, key: string): number {
	let id = trie.nodes.get(key);
	if (id === undefined) {
		id = trie.flags.length;
		trie.nodes.set(key, id);
		trie.flags.push(0);
		trie.weights.push(0);
	}
	return id;
}

// Trie::InsertNode: the word's node gets the value, every proper prefix becomes an inner node.
function insertWord(trie: BuiltTrie, word: string, weight: number): void {
	if (word === '') return;
	const id = nodeOf(trie, word);
	trie.flags[id]! |= NODE_WORD;
	trie.weights[id] = weight;
	for (let end = 0; ;) {
		end += word.codePointAt(end)! > 0xffff ? 2 : 1;
		if (end >= word.length) break;
		trie.flags[nodeOf(trie, word.slice(0, end))]! |= NODE_PREFIX;
	}
}
