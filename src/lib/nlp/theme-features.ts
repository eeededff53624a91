import { createIntTable, slotOf, type IntTable } from './int-table.ts';
import { POLICY_ACTION, STRONG_ACTION, TIME_LIMIT } from './measure-rules.ts';

/** How an article's text becomes the classifier's features; stored with the model it trained. */
export interface FeatureSettings {
	/** Length of the headline's block of features against the body's (which has length 1). */
	titleWeight: number;
	/** How much of the body is read: its opening states the subject, and the cost stays bounded. */
	maxChars: number;
	/** Length of the lead (the body's opening) whose bigrams count extra. */
	leadChars: number;
	/** How many more times a bigram in the lead counts, on top of its count in the body. */
	leadWeight: number;
	/**
	 * How many more times a bigram counts in a sentence that reports an action (the genre's verbs of
	 * setting up, issuing, granting, or a time-limited commitment): what the measures are about.
	 * Absent: 0.
	 */
	actionWeight?: number | undefined;
}

/** Sparse feature vector: keys of bigrams ({@link bigramKey}, {@link TITLE_OFFSET} added in the headline) and their values. */
export interface FeatureVector {
	keys: number[];
	values: number[];
}

// The CJK Unified Ideographs block; the rare extension blocks break runs like punctuation.
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;
const isHan = (code: number): boolean => code >= HAN_FIRST && code < HAN_FIRST + HAN_COUNT;

// Keys stay below 2^30, so V8 keeps them as small integers: a Map over them is several times
// faster than over keys that need a heap number.
/** Numeric key of two adjacent Han characters' UTF-16 codes. */
export const bigramKey = (a: number, b: number): number =>
	(a - HAN_FIRST) * HAN_COUNT + (b - HAN_FIRST);

/** Added to the key of a headline bigram: the headline's words are features of their own. */
export const TITLE_OFFSET = 2 ** 29;

/** The two characters a key stands for (headline or body). */
export const keyToBigram = (key: number): string => {
	const k = key % TITLE_OFFSET;
	return String.fromCharCode(HAN_FIRST + Math.floor(k / HAN_COUNT), HAN_FIRST + (k % HAN_COUNT));
};

/** The key of a two-character string, or undefined when it is not two Han characters. */
export function bigramToKey(text: string): number | undefined {
	if (text.length !== 2) return undefined;
	const a = text.charCodeAt(0);
	const b = text.charCodeAt(1);
	return isHan(a) && isHan(b) ? bigramKey(a, b) : undefined;
}

/** Counts of the bigrams of one block of text (body or headline). */
interface Block {
	table: IntTable;
	counts: Float64Array;
	/** Slots in the order they were claimed. */
	used: number[];
}

function createBlock(chars: number): Block {
	const table = createIntTable(chars);
	return { table, counts: new Float64Array(table.keys.length), used: [] };
}

/** Adds `weight` to the count of every bigram of `text` (keys plus `offset`). */
function countBigrams(text: string, weight: number, block: Block, offset: number): void {
	const { table, counts, used } = block;
	let prev = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isHan(code)) {
			prev = -1;
			continue;
		}
		if (prev >= 0) {
			const slot = slotOf(table, bigramKey(prev, code) + offset);
			const count = counts[slot] ?? 0;
			if (count === 0) used.push(slot);
			counts[slot] = count + weight;
		}
		prev = code;
	}
}

// A sentence ends at 。！？；, a line break or the end of the text.
const SENTENCE = /[^。！？；\n]+[。！？；]?/gu;

/** Adds `weight` to the bigrams of each sentence of `text` that reports an action. */
function countActions(text: string, weight: number, block: Block): void {
	for (const match of text.matchAll(SENTENCE)) {
		const sentence = match[0];
		if (STRONG_ACTION.test(sentence) || POLICY_ACTION.test(sentence) || TIME_LIMIT.test(sentence))
			countBigrams(sentence, weight, block, 0);
	}
}

/** Appends a block's keys as `log(1 + count)`, scaled to length `length`. */
function appendBlock(block: Block, length: number, out: FeatureVector): void {
	const start = out.values.length;
	let norm = 0;
	for (const slot of block.used) {
		const value = Math.log1p(block.counts[slot] ?? 0);
		out.keys.push(block.table.keys[slot] ?? -1);
		out.values.push(value);
		norm += value * value;
	}
	if (norm === 0) return;
	const scale = length / Math.sqrt(norm);
	for (let k = start; k < out.values.length; k++) out.values[k] = (out.values[k] ?? 0) * scale;
}

/**
 * Han-character bigrams of a body's first `maxChars` (its lead counting `leadWeight` more times)
 * and, as features of their own, of its headline; each as `log(1 + count)`. The body's block has
 * length 1 and the headline's block `titleWeight`, so a headline weighs the same against a long
 * body as against a short one. Punctuation, digits and Latin letters break runs: a bigram never
 * spans them.
 */
export function themeFeatures(
	doc: { title: string; body: string },
	settings: FeatureSettings,
): FeatureVector {
	const out: FeatureVector = { keys: [], values: [] };
	const text = doc.body.slice(0, settings.maxChars);
	const body = createBlock(text.length);
	countBigrams(text, 1, body, 0);
	if (settings.leadWeight > 0)
		countBigrams(text.slice(0, settings.leadChars), settings.leadWeight, body, 0);
	if (settings.actionWeight) countActions(text, settings.actionWeight, body);
	appendBlock(body, 1, out);
	if (doc.title && settings.titleWeight > 0) {
		const title = createBlock(doc.title.length);
		countBigrams(doc.title, 1, title, TITLE_OFFSET);
		appendBlock(title, settings.titleWeight, out);
	}
	return out;
}
