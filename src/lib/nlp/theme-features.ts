/** How an article's text becomes the classifier's features; stored with the model it trained. */
export interface FeatureSettings {
	/** Length of the headline's block of features against the body's (which has length 1). */
	titleWeight: number;
	/** Length of the lead (the body's opening) whose bigrams count extra. */
	leadChars: number;
	/** Extra count of a bigram in the lead, on top of its count in the body. */
	leadWeight: number;
}

/** Sparse feature vector: key of a bigram ({@link bigramKey}, {@link TITLE_OFFSET} added in the headline) → value. */
export type FeatureVector = Map<number, number>;

const isHan = (code: number): boolean =>
	(code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** Numeric key of two adjacent UTF-16 codes (both in the BMP Han blocks). */
export const bigramKey = (a: number, b: number): number => a * 0x10000 + b;

/** Added to the key of a headline bigram: the headline's words are features of their own. */
export const TITLE_OFFSET = 2 ** 32;

/** The two characters a key stands for (headline or body). */
export const keyToBigram = (key: number): string => {
	const k = key % TITLE_OFFSET;
	return String.fromCharCode(Math.floor(k / 0x10000), k % 0x10000);
};

/** The key of a two-character string, or undefined when it is not two Han characters. */
export function bigramToKey(text: string): number | undefined {
	if (text.length !== 2) return undefined;
	const a = text.charCodeAt(0);
	const b = text.charCodeAt(1);
	return isHan(a) && isHan(b) ? bigramKey(a, b) : undefined;
}

function countBigrams(text: string, weight: number, into: Map<number, number>, offset = 0): void {
	let prev = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isHan(code)) {
			prev = -1;
			continue;
		}
		if (prev >= 0) {
			const key = bigramKey(prev, code) + offset;
			into.set(key, (into.get(key) ?? 0) + weight);
		}
		prev = code;
	}
}

/** Replaces counts by `log(1 + count)` and scales the keys at or above `from` to length `length`. */
function scaleBlock(x: Map<number, number>, from: number, to: number, length: number): void {
	let norm = 0;
	for (const [key, count] of x) {
		if (key < from || key >= to) continue;
		const value = Math.log1p(count);
		x.set(key, value);
		norm += value * value;
	}
	if (norm === 0) return;
	const scale = length / Math.sqrt(norm);
	for (const [key, value] of x) if (key >= from && key < to) x.set(key, value * scale);
}

/**
 * Han-character bigrams of a body (its lead counting extra) and, as features of their own, of its
 * headline; each as `log(1 + count)`. The body's block has length 1 and the headline's block
 * `titleWeight`, so a headline weighs the same against a long body as against a short one.
 * Punctuation, digits and Latin letters break runs: a bigram never spans them.
 */
export function themeFeatures(
	doc: { title: string; body: string },
	settings: FeatureSettings,
): FeatureVector {
	const x = new Map<number, number>();
	countBigrams(doc.body, 1, x);
	if (settings.leadWeight > 0)
		countBigrams(doc.body.slice(0, settings.leadChars), settings.leadWeight, x);
	scaleBlock(x, 0, TITLE_OFFSET, 1);
	if (doc.title && settings.titleWeight > 0) {
		countBigrams(doc.title, 1, x, TITLE_OFFSET);
		scaleBlock(x, TITLE_OFFSET, Infinity, settings.titleWeight);
	}
	return x;
}
